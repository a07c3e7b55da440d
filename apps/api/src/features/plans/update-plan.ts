import { recordAudit } from '@samsyn/db';
import { type PlanHeader, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockEditablePlan } from './plan-records.ts';

/**
 * Replaces a draft plan's header (name, years, vision, purpose, target groups in priority order,
 * directions), if nobody edited the plan since. The years may not leave an activity outside them.
 * Editors.
 */
export async function updatePlan(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: PlanHeader & { planId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { planId, expectedVersion, ...header } = input;
  const before = await lockEditablePlan(tx, tenantId, planId, expectedVersion);
  const [outside] = await tx`
    select 1 from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
    where a.tenant_id = ${tenantId} and g.plan_id = ${planId}
      and (a.year < ${header.firstYear} or a.year > ${header.lastYear}) limit 1`;
  throwIfProblems(
    'plan.invalid',
    outside ? [{ key: 'plan.activitiesOutsideYears', path: ['firstYear'] }] : [],
  );
  const [row] = await tx<{ version: number }[]>`
    update plans set name = ${header.name}, first_year = ${header.firstYear}, last_year = ${header.lastYear},
      vision = ${header.vision}, purpose = ${header.purpose}, target_groups = ${header.targetGroups},
      directions = ${header.directions}, version = version + 1
    where tenant_id = ${tenantId} and id = ${planId} returning version`;
  if (!row) throw new Error('plan update returned no row');
  const changed = (Object.keys(header) as (keyof PlanHeader)[]).filter(
    (key) => JSON.stringify(before[key]) !== JSON.stringify(header[key]),
  );
  await recordAudit(tx, {
    action: 'plan.update',
    entity: 'plan',
    entityId: planId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, header[key]])),
  });
  return row;
}
