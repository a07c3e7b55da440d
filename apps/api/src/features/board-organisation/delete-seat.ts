import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

/**
 * Deletes a seat entered by mistake — only one that no meeting has recorded (attendance, serving
 * for, jäv, signing the minutes): such a seat is history, to be ended instead
 * (`boardOrganisation.seatHasAttendance`). Editors.
 */
export async function deleteSeat(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { seatId: string; expectedVersion: number },
): Promise<void> {
  const before = await lockRow(tx, 'board_seats', tenantId, input.seatId, input.expectedVersion);
  const [used] = await tx`
    select 1 from board_attendance
      where tenant_id = ${tenantId} and (seat_id = ${input.seatId} or serving_for_seat_id = ${input.seatId})
    union all select 1 from board_conflicts where tenant_id = ${tenantId} and seat_id = ${input.seatId}
    union all select 1 from board_minutes_signatories where tenant_id = ${tenantId} and seat_id = ${input.seatId}
    limit 1`;
  if (used) throw new DomainError('CONFLICT', 'boardOrganisation.seatHasAttendance');
  await tx`delete from board_seats where tenant_id = ${tenantId} and id = ${input.seatId}`;
  await recordAudit(tx, { action: 'board.seat.delete', entity: 'boardSeat', entityId: input.seatId, before });
}
