import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { bumpItem, lockConflictItem } from './item-records.ts';

/**
 * Withdraws a declared jäv (declared by mistake, or the seat holder takes part after all). Carries
 * and bumps the ITEM's version; refused once the minutes are approved. Editors.
 */
export async function withdrawConflict(
  { tx, tenant }: TenantCtx,
  input: { itemId: string; expectedVersion: number; seatId: string },
): Promise<{ version: number }> {
  const item = await lockConflictItem(tx, tenant.id, input.itemId, input.expectedVersion);
  const [removed] = await tx<{ reason: string }[]>`
    delete from board_conflicts where tenant_id = ${tenant.id} and item_id = ${item.id} and seat_id = ${input.seatId}
    returning reason`;
  if (!removed) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardConflict' });
  const version = await bumpItem(tx, tenant.id, item.id);
  await recordAudit(tx, {
    action: 'boardConflict.withdraw',
    entity: 'boardConflict',
    entityId: item.id,
    before: { seatId: input.seatId, reason: removed.reason },
  });
  return { version };
}
