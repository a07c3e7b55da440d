import { recordAudit } from '@samsyn/db';
import { type Attendance, attendanceProblems, DomainError, oreToDb, throwIfProblems } from '@samsyn/domain';
import { readSeatsOn } from '../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../verb-context.ts';
import { attendanceMeeting, attendanceRows, refuseIfApproved } from './attendance-records.ts';

/**
 * Replaces a meeting's attendance with `rows`, in one audited transaction: each seat must be the
 * body's on the meeting's date, "serving" only a substitute for an ordinary seat marked absent, one
 * substitute per seat (field messages under `rows.<i>`). Carries and bumps the MEETING's version;
 * refused once the minutes are approved. Editors.
 */
export async function saveAttendance(
  ctx: TenantCtx,
  input: Attendance & { meetingId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const meeting = await attendanceMeeting(tx, tenant.id, input.meetingId, { forUpdate: true });
  refuseIfApproved(meeting.status);
  if (meeting.version !== input.expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'boardMeeting' });
  const seats = await readSeatsOn(ctx, { date: meeting.meetingDate, bodyId: meeting.bodyId });
  throwIfProblems('boardAttendance.invalid', attendanceProblems(seats, input.rows));

  const before = await attendanceRows(tx, tenant.id, meeting.id);
  await tx`delete from board_attendance where tenant_id = ${tenant.id} and meeting_id = ${meeting.id}`;
  if (input.rows.length > 0)
    await tx`
      insert into board_attendance (tenant_id, meeting_id, seat_id, status, serving_for_seat_id, fee_ore)
      select ${tenant.id}, ${meeting.id}, seat_id, status, serving_for_seat_id, fee_ore::bigint
      from unnest(
        ${input.rows.map((row) => row.seatId)}::uuid[],
        ${input.rows.map((row) => row.status)}::text[],
        ${input.rows.map((row) => row.servingForSeatId)}::uuid[],
        ${input.rows.map((row) => oreToDb(row.feeOre))}::text[]
      ) as r(seat_id, status, serving_for_seat_id, fee_ore)`;
  const [row] = await tx<{ version: number }[]>`
    update board_meetings set version = version + 1
    where tenant_id = ${tenant.id} and id = ${meeting.id} returning version`;
  if (!row) throw new Error('meeting version bump returned no row');
  await recordAudit(tx, {
    action: 'boardAttendance.save',
    entity: 'boardAttendance',
    entityId: meeting.id,
    before: { rows: before },
    after: { rows: input.rows },
  });
  return row;
}
