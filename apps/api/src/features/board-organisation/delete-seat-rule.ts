import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

/** Deletes a seat rule (a förbundsordning entered wrongly; a changed one gets an end date instead). Admins. */
export async function deleteSeatRule(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<void> {
  const before = await lockRow(tx, 'board_seat_rules', tenantId, input.id, input.expectedVersion);
  await tx`delete from board_seat_rules where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: 'board.seatRule.delete',
    entity: 'boardSeatRule',
    entityId: input.id,
    before,
  });
}
