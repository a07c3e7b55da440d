import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';

/** Removes an intervention from the Insatskatalog at once. Editors of its förbund. */
export async function unpublishIntervention(
  { tx, tenant }: TenantCtx,
  input: { interventionId: string },
): Promise<{ removed: boolean }> {
  const removed = await tx`
    delete from catalogue_entries where publisher_tenant_id = ${tenant.id} and intervention_id = ${input.interventionId}
    returning id`;
  if (removed.length > 0) {
    await recordAudit(tx, {
      action: 'catalogue.unpublish',
      entity: 'intervention',
      entityId: input.interventionId,
    });
  }
  return { removed: removed.length > 0 };
}
