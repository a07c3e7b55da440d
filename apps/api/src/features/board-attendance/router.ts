import { attendanceSchema, conflictDeclarationSchema, MAX_INT4 } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { declareConflict } from './declare-conflict.ts';
import { getAttendance } from './get-attendance.ts';
import { getConflicts } from './get-conflicts.ts';
import { listFees } from './list-fees.ts';
import { saveAttendance } from './save-attendance.ts';
import { withdrawConflict } from './withdraw-conflict.ts';

const meetingId = z.uuid({ error: 'boardAttendance.meetingInvalid' });
const itemId = z.uuid({ error: 'boardAttendance.itemInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
const date = (key: string) => z.iso.date({ error: key });

/**
 * `meetingAttendance.*` (issue 21, the board): a meeting's attendance and quorum, an item's jäv,
 * and the fees over a period. Viewers read; editors record attendance and jäv. Attendance carries
 * the MEETING's version, jäv the ITEM's.
 */
export const meetingAttendanceRouter = createRouter({
  get: viewer.input(z.object({ meetingId })).query(({ ctx, input }) => getAttendance(ctx, input)),
  save: editor
    .input(attendanceSchema.extend({ meetingId, expectedVersion: version }))
    .mutation(({ ctx, input }) => saveAttendance(ctx, input)),
  conflicts: viewer.input(z.object({ itemId })).query(({ ctx, input }) => getConflicts(ctx, input)),
  declare: editor
    .input(conflictDeclarationSchema.extend({ itemId, expectedVersion: version }))
    .mutation(({ ctx, input }) => declareConflict(ctx, input)),
  withdraw: editor
    .input(
      z.object({
        itemId,
        expectedVersion: version,
        seatId: z.uuid({ error: 'boardAttendance.conflictSeatRequired' }),
      }),
    )
    .mutation(({ ctx, input }) => withdrawConflict(ctx, input)),
  fees: viewer
    .input(
      z
        .object({ from: date('boardAttendance.periodInvalid'), to: date('boardAttendance.periodInvalid') })
        .refine((period) => period.from <= period.to, {
          message: 'boardAttendance.periodInvalid',
          path: ['to'],
        }),
    )
    .query(({ ctx, input }) => listFees(ctx, input)),
});
