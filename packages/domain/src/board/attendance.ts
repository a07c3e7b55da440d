import { z } from 'zod';
import { nonNegativeKronorTextSchema } from '../money/money-schemas.ts';
import type { Ore } from '../money/ore.ts';
import { multiLineText, requiredText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import { isOrdinaryRole, type SeatRole } from './board.ts';

/**
 * A meeting's attendance as the editor saves it (issue 21): per seat present, absent or, for a
 * substitute, serving in an absent member's place, with the fee (arvode) paid in kronor as typed.
 * The schema is the API's input and the form's resolver; `attendanceProblems` are the rules that
 * need the body's seats on the meeting's date (the API checks them against the database).
 */

export const attendanceStatuses = ['present', 'absent', 'serving'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** At most 100 000 000 kr a meeting: migration 0024's bound on the fee (in öre). */
const MAX_FEE_ORE = 10_000_000_000;

/** '' and null: none; otherwise an id. */
const optionalSeatId = z.union(
  [z.literal('').transform(() => null), z.null(), z.uuid({ error: 'boardAttendance.servingForInvalid' })],
  { error: 'boardAttendance.servingForInvalid' },
);

export const attendanceRowSchema = z
  .object({
    seatId: z.uuid({ error: 'boardAttendance.seatInvalid' }),
    status: z.enum(attendanceStatuses, { error: 'boardAttendance.statusInvalid' }),
    servingForSeatId: optionalSeatId,
    /** Kronor as typed ("1 500"); empty is no fee. */
    fee: z
      .union([z.literal('').transform(() => 0 as Ore), nonNegativeKronorTextSchema])
      .refine((ore) => ore <= MAX_FEE_ORE, { message: 'boardAttendance.feeTooLarge' }),
  })
  .superRefine((row, ctx) => {
    if (row.status === 'serving' && row.servingForSeatId === null)
      ctx.addIssue({
        code: 'custom',
        message: 'boardAttendance.servingForRequired',
        path: ['servingForSeatId'],
      });
  })
  .transform(({ fee, ...row }) => ({
    ...row,
    servingForSeatId: row.status === 'serving' ? row.servingForSeatId : null,
    feeOre: fee,
  }));
export type AttendanceRowInput = z.input<typeof attendanceRowSchema>;
export type AttendanceRow = z.output<typeof attendanceRowSchema>;

export const attendanceSchema = z.object({
  rows: z.array(attendanceRowSchema).max(200, 'boardAttendance.tooManyRows'),
});
export type AttendanceInput = z.input<typeof attendanceSchema>;
export type Attendance = z.output<typeof attendanceSchema>;

/** A seat of the meeting's body on its date. */
export interface AttendanceSeat {
  seatId: string;
  role: SeatRole;
}

/**
 * What the saved attendance may not say, each a field message under `rows.<i>`: a seat that is
 * not the body's on the meeting's date, a seat twice, "serving" by anyone but a substitute, for
 * anything but an ordinary seat marked absent, or two substitutes for one seat.
 */
export function attendanceProblems(
  seats: readonly AttendanceSeat[],
  rows: readonly Pick<AttendanceRow, 'seatId' | 'status' | 'servingForSeatId'>[],
): ValidationProblem[] {
  const roleOf = new Map(seats.map((seat) => [seat.seatId, seat.role]));
  const statusOf = new Map(rows.map((row) => [row.seatId, row.status]));
  const problems: ValidationProblem[] = [];
  const seen = new Set<string>();
  const served = new Set<string>();
  rows.forEach((row, index) => {
    const at = (field: string) => ['rows', index, field] as const;
    const role = roleOf.get(row.seatId);
    if (role === undefined) problems.push({ key: 'boardAttendance.seatNotOnBody', path: at('seatId') });
    else if (seen.has(row.seatId)) problems.push({ key: 'boardAttendance.seatTwice', path: at('seatId') });
    seen.add(row.seatId);
    if (row.status !== 'serving' || row.servingForSeatId === null) return;
    if (role !== undefined && role !== 'substitute')
      problems.push({ key: 'boardAttendance.servingOnlySubstitute', path: at('status') });
    const forRole = roleOf.get(row.servingForSeatId);
    if (forRole === undefined || !isOrdinaryRole(forRole))
      problems.push({ key: 'boardAttendance.servingForNotOrdinary', path: at('servingForSeatId') });
    else if (statusOf.get(row.servingForSeatId) !== 'absent')
      problems.push({ key: 'boardAttendance.servingForNotAbsent', path: at('servingForSeatId') });
    else if (served.has(row.servingForSeatId))
      problems.push({ key: 'boardAttendance.servingForTaken', path: at('servingForSeatId') });
    served.add(row.servingForSeatId);
  });
  return problems;
}

/** A declaration of jäv on an agenda item: the seat and the reason, recorded in the minutes. */
export const conflictDeclarationSchema = z.object({
  seatId: z.uuid({ error: 'boardAttendance.conflictSeatRequired' }),
  reason: requiredText(
    multiLineText,
    2000,
    'boardAttendance.conflictReasonRequired',
    'boardAttendance.conflictReasonTooLong',
  ),
});
export type ConflictDeclarationInput = z.input<typeof conflictDeclarationSchema>;
export type ConflictDeclaration = z.output<typeof conflictDeclarationSchema>;
