import { recordAudit } from '@samsyn/db';
import { DomainError, usualBodies } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/**
 * The empty state's one button: gives a förbund without bodies the usual ones (Förbundsstyrelse,
 * Arbetsutskott, Beredningsgrupp, Revisorer, Kansli). Refused once the förbund has any body, so a
 * double click makes them once. Admins.
 */
export async function createUsualBodies({
  tx,
  tenant: { id: tenantId },
}: TenantCtx): Promise<{ ids: string[] }> {
  const [existing] = await tx`select 1 from board_bodies where tenant_id = ${tenantId} limit 1`;
  if (existing) throw new DomainError('CONFLICT', 'conflict.exists', { entity: 'boardBody' });
  const ids: string[] = [];
  for (const [position, body] of usualBodies.entries()) {
    const [row] = await tx<{ id: string }[]>`
      insert into board_bodies (tenant_id, kind, name, position)
      values (${tenantId}, ${body.kind}, ${body.name}, ${position}) returning id`;
    if (!row) throw new Error('body insert returned no row');
    ids.push(row.id);
    await recordAudit(tx, {
      action: 'board.body.create',
      entity: 'boardBody',
      entityId: row.id,
      after: { kind: body.kind, name: body.name, position },
    });
  }
  return { ids };
}
