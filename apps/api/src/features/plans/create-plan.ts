import { recordAudit } from '@samsyn/db';
import type { PlanHeader } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** Starts a plan as a draft with its header; the tree is added goal by goal. Editors. */
export async function createPlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: PlanHeader,
): Promise<{ id: string; version: number }> {
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into plans (tenant_id, name, first_year, last_year, vision, purpose, target_groups, directions)
    values (${tenantId}, ${input.name}, ${input.firstYear}, ${input.lastYear}, ${input.vision}, ${input.purpose},
            ${input.targetGroups}, ${input.directions})
    returning id, version`;
  if (!row) throw new Error('plan insert returned no row');
  await recordAudit(tx, { action: 'plan.create', entity: 'plan', entityId: row.id, after: input });
  return row;
}
