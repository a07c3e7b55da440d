import {
  type AttendanceInput,
  type AttendanceStatus,
  attendanceProblems,
  attendanceSchema,
  isOrdinaryRole,
  type Quorum,
  type QuorumRuleOf,
  quorumOf,
  type SeatRole,
} from '@samsyn/domain';
import { amountToText, parseAmountText } from '../../../components/form/amount-text.ts';

/** A seat as the attendance form shows it. */
export interface FormSeat {
  seatId: string;
  personName: string;
  party: string;
  role: SeatRole;
}

/** A saved attendance row as the API gives it. */
export interface SavedRow {
  seatId: string;
  status: AttendanceStatus;
  servingForSeatId: string | null;
  feeOre: number;
}

export type FormRow = AttendanceInput['rows'][number];

/**
 * The form's rows, one per seat in the body's order: the saved attendance where there is one;
 * otherwise the ordinary members present with the body's fee and everyone else absent (the usual
 * meeting, to be corrected), so recording a meeting is mostly a matter of the exceptions.
 */
export function attendanceFormRows(
  seats: readonly FormSeat[],
  saved: readonly SavedRow[],
  defaultFeeOre: number,
): FormRow[] {
  const savedOf = new Map(saved.map((row) => [row.seatId, row]));
  return seats.map((seat) => {
    const row = savedOf.get(seat.seatId);
    if (row)
      return {
        seatId: seat.seatId,
        status: row.status,
        servingForSeatId: row.servingForSeatId,
        fee: row.feeOre === 0 && row.status === 'absent' ? '' : amountToText(row.feeOre),
      };
    const present = saved.length === 0 && isOrdinaryRole(seat.role);
    return {
      seatId: seat.seatId,
      status: present ? 'present' : 'absent',
      servingForSeatId: null,
      fee: present ? amountToText(defaultFeeOre) : '',
    };
  });
}

/** The one select per seat: 'present', 'absent' or 'serving:<seatId>' (a substitute in that member's place). */
export const choiceOf = (row: Pick<FormRow, 'status' | 'servingForSeatId'>): string =>
  row.status === 'serving' ? `serving:${row.servingForSeatId ?? ''}` : row.status;

export function fromChoice(choice: string): { status: AttendanceStatus; servingForSeatId: string | null } {
  if (choice.startsWith('serving:')) return { status: 'serving', servingForSeatId: choice.slice(8) || null };
  return { status: choice === 'present' ? 'present' : 'absent', servingForSeatId: null };
}

/**
 * The fee after the status changes: someone who comes gets the body's fee when none is typed;
 * someone marked absent loses the default fee (a typed fee of their own stays).
 */
export function feeAfterChoice(fee: string, status: AttendanceStatus, defaultFeeOre: number): string {
  if (status === 'absent') {
    const typed = parseAmountText(fee);
    return typed.ok && typed.value === defaultFeeOre ? '' : fee;
  }
  return fee.trim() === '' && defaultFeeOre > 0 ? amountToText(defaultFeeOre) : fee;
}

/** The members a substitute may serve for: the ordinary seats. */
export const ordinarySeats = (seats: readonly FormSeat[]): FormSeat[] =>
  seats.filter((seat) => isOrdinaryRole(seat.role));

/**
 * The API's schema with the rules that need the seats (a substitute only for an ordinary member
 * marked absent, one per seat), so the browser says what the server would, beside the field.
 */
export function attendanceFormSchema(seats: readonly FormSeat[]) {
  return attendanceSchema.superRefine((attendance, ctx) => {
    for (const problem of attendanceProblems(seats, attendance.rows))
      ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
  });
}

/**
 * The quorum of the rows as typed, for the live line; rows whose status is unreadable count as
 * absent.
 */
export function quorumWhileTyping(
  rule: QuorumRuleOf,
  seats: readonly FormSeat[],
  rows: readonly Partial<FormRow>[],
): Quorum {
  return quorumOf(
    rule,
    seats,
    rows.flatMap((row) =>
      row.seatId && row.status
        ? [{ seatId: row.seatId, status: row.status, servingForSeatId: row.servingForSeatId ?? null }]
        : [],
    ),
  );
}

/** The catalogue key and values of the quorum line: "Beslutsfört: 5 av 8 ledamöter (minst 4)". */
export function quorumMessage(quorum: Quorum) {
  return {
    key: quorum.met ? 'boardAttendance.quorum.met' : 'boardAttendance.quorum.notMet',
    values: { present: quorum.present, ordinary: quorum.ordinary, required: quorum.required },
  } as const;
}
