import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

/**
 * Deletes a body with its seats and seat rules — only a body that has never met: a body with
 * meetings is the record of them (refused with `boardOrganisation.bodyHasMeetings`). Admins.
 */
export async function deleteBody(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<void> {
  const before = await lockRow(tx, 'board_bodies', tenantId, input.id, input.expectedVersion);
  const [meetings] = await tx<{ count: number }[]>`
    select count(*)::int as count from board_meetings where tenant_id = ${tenantId} and body_id = ${input.id}`;
  if ((meetings?.count ?? 0) > 0)
    throw new DomainError('CONFLICT', 'boardOrganisation.bodyHasMeetings', { count: meetings?.count ?? 0 });
  const [signed] = await tx`
    select 1 from board_minutes_signatories g join board_seats s on s.tenant_id = g.tenant_id and s.id = g.seat_id
    where s.tenant_id = ${tenantId} and s.body_id = ${input.id} limit 1`;
  const [attended] = await tx`
    select 1 from board_attendance a join board_seats s on s.tenant_id = a.tenant_id
      and (s.id = a.seat_id or s.id = a.serving_for_seat_id)
    where s.tenant_id = ${tenantId} and s.body_id = ${input.id} limit 1`;
  // A seat of this body that sat in another body's meeting (cannot happen through the app) still blocks.
  if (signed || attended)
    throw new DomainError('CONFLICT', 'boardOrganisation.bodyHasMeetings', { count: 0 });
  await tx`delete from board_bodies where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, { action: 'board.body.delete', entity: 'boardBody', entityId: input.id, before });
}
