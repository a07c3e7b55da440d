import { recordAudit } from '@samsyn/db';
import {
  type ApproveMinutesInput,
  approvalProblems,
  DomainError,
  throwIfProblems,
  todayInSweden,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockMeeting, seatsOfBodyOn } from './meeting-records.ts';

/**
 * Approves (justerar) a held meeting's minutes: the date, the chair and the adjusters, who must
 * hold seats in the body on the meeting date. Irreversible: from here on the meeting, its items,
 * documents, attendance, jäv and decisions are the record and every write is refused. Admins.
 */
export async function approveMinutes(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: ApproveMinutesInput & { meetingId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { meetingId, expectedVersion, ...approval } = input;
  const meeting = await lockMeeting(tx, tenantId, meetingId, expectedVersion);
  if (meeting.status !== 'held') throw new DomainError('CONFLICT', 'boardMeetings.notHeld');
  const seats = await seatsOfBodyOn(tx, tenantId, meeting.bodyId, meeting.meetingDate);
  throwIfProblems(
    'boardMeetings.invalid',
    approvalProblems(approval, {
      meetingDate: meeting.meetingDate,
      today: todayInSweden(),
      seatIds: seats.map((seat) => seat.seatId),
    }),
  );
  // The signatories first: once the meeting is approved, its rows are locked.
  await tx`delete from board_minutes_signatories where tenant_id = ${tenantId} and meeting_id = ${meetingId}`;
  const signatories = [
    { seatId: approval.chairSeatId, role: 'chair' },
    ...approval.adjusterSeatIds.map((seatId) => ({ seatId, role: 'adjuster' })),
  ];
  for (const { seatId, role } of signatories)
    await tx`insert into board_minutes_signatories (tenant_id, meeting_id, seat_id, role)
             values (${tenantId}, ${meetingId}, ${seatId}, ${role})`;
  const [row] = await tx<{ version: number }[]>`
    update board_meetings set status = 'approved', minutes_approved_on = ${approval.approvedOn},
      version = version + 1
    where tenant_id = ${tenantId} and id = ${meetingId} returning version`;
  if (!row) throw new Error('meeting approval returned no row');
  await recordAudit(tx, {
    action: 'boardMeeting.approve',
    entity: 'boardMeeting',
    entityId: meetingId,
    before: { status: meeting.status },
    after: { status: 'approved', ...approval },
  });
  return row;
}
