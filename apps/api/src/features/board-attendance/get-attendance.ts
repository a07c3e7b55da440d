import { type Quorum, quorumOf, type SeatRole } from '@samsyn/domain';
import { readSeatsOn, type SeatOnDate } from '../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../verb-context.ts';
import {
  type AttendanceMeeting,
  type AttendanceRecord,
  attendanceMeeting,
  attendanceRows,
  type DeclaredConflict,
  declaredConflicts,
} from './attendance-records.ts';

/** An agenda item with its declared jäv, for the attendance section and the minutes. */
export interface ItemConflictsView {
  itemId: string;
  position: number;
  paragraph: number | null;
  title: string;
  conflicts: DeclaredConflict[];
}

export interface MeetingAttendance {
  meeting: AttendanceMeeting;
  /** The minutes are approved: nothing of the attendance or the jäv changes any more. */
  locked: boolean;
  /** The body's seats on the meeting's date, in the body's order. */
  seats: SeatOnDate[];
  /** The saved attendance; empty until it is first recorded. */
  rows: AttendanceRecord[];
  /** The quorum of the saved attendance. */
  quorum: Quorum;
  /** Every item of the meeting, in agenda order, with the jäv declared on it. */
  items: ItemConflictsView[];
}

/**
 * A meeting's attendance: the body's seats on its date (who held them then, whatever changed
 * since), the saved rows, the quorum they give under the body's rule, the body's default fee, and
 * the jäv declared on each item with the seat holder's name (the minutes print them). Viewers.
 */
export async function getAttendance(
  ctx: TenantCtx,
  { meetingId }: { meetingId: string },
): Promise<MeetingAttendance> {
  const { tx, tenant } = ctx;
  const meeting = await attendanceMeeting(tx, tenant.id, meetingId);
  const [seats, rows, items] = await Promise.all([
    readSeatsOn(ctx, { date: meeting.meetingDate, bodyId: meeting.bodyId }),
    attendanceRows(tx, tenant.id, meetingId),
    tx<Omit<ItemConflictsView, 'conflicts'>[]>`
      select id as "itemId", position, paragraph, title from board_agenda_items
      where tenant_id = ${tenant.id} and meeting_id = ${meetingId} order by position, paragraph nulls last`,
  ]);
  const conflicts = await declaredConflicts(
    tx,
    tenant.id,
    items.map((item) => item.itemId),
  );
  return {
    meeting,
    locked: meeting.status === 'approved',
    seats,
    rows,
    quorum: quorumOf(
      meeting.quorumRule,
      seats.map((seat) => ({ seatId: seat.seatId, role: seat.role as SeatRole })),
      rows,
    ),
    items: items.map((item) => ({
      ...item,
      conflicts: conflicts.filter((conflict) => conflict.itemId === item.itemId),
    })),
  };
}
