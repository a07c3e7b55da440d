import { recordAudit, type TransactionSql } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { assertNodeInPlan, bumpPlanVersion, lockEditablePlan } from './plan-records.ts';

export type PlanNodeKind = 'area' | 'goal' | 'indicator' | 'activity';

/** The node's siblings in order: areas of the plan, goals of the same area, indicators or activities of the goal. */
async function siblingsOf(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  kind: PlanNodeKind,
  id: string,
): Promise<{ id: string; position: number }[]> {
  if (kind === 'area')
    return tx`select id, position from plan_areas where tenant_id = ${tenantId} and plan_id = ${planId}
              order by position, id`;
  if (kind === 'goal')
    return tx`select s.id, s.position from plan_goals s
              join plan_goals g on g.tenant_id = s.tenant_id and g.plan_id = s.plan_id
                and g.area_id is not distinct from s.area_id
              where s.tenant_id = ${tenantId} and g.id = ${id} order by s.position, s.id`;
  if (kind === 'indicator')
    return tx`select s.id, s.position from plan_indicators s
              join plan_indicators i on i.tenant_id = s.tenant_id and i.goal_id = s.goal_id
              where s.tenant_id = ${tenantId} and i.id = ${id} order by s.position, s.id`;
  return tx`select s.id, s.position from plan_activities s
            join plan_activities a on a.tenant_id = s.tenant_id and a.goal_id = s.goal_id
            where s.tenant_id = ${tenantId} and a.id = ${id} order by s.position, s.id`;
}

async function setPosition(
  tx: TransactionSql,
  tenantId: string,
  kind: PlanNodeKind,
  id: string,
  position: number,
) {
  if (kind === 'area')
    await tx`update plan_areas set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
  else if (kind === 'goal')
    await tx`update plan_goals set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
  else if (kind === 'indicator')
    await tx`update plan_indicators set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
  else
    await tx`update plan_activities set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
}

/**
 * Moves an area, goal, indicator or activity of a draft plan one step up (-1) or down (+1) among
 * its siblings; at either end nothing moves (the version still moves on, as for any edit). The
 * siblings are renumbered 0, 1, 2 … so positions stay distinct. Editors.
 */
export async function moveNode(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { planId: string; expectedVersion: number; kind: PlanNodeKind; id: string; step: -1 | 1 },
): Promise<{ version: number }> {
  const { planId, kind, id, step } = input;
  await lockEditablePlan(tx, tenantId, planId, input.expectedVersion);
  await assertNodeInPlan(tx, tenantId, planId, { kind, id });
  const order = (await siblingsOf(tx, tenantId, planId, kind, id)).map((row) => row.id);
  const index = order.indexOf(id);
  const target = index + step;
  if (index >= 0 && target >= 0 && target < order.length) {
    [order[index], order[target]] = [order[target] as string, order[index] as string];
  }
  for (const [position, siblingId] of order.entries())
    await setPosition(tx, tenantId, kind, siblingId, position);
  const version = await bumpPlanVersion(tx, tenantId, planId);
  await recordAudit(tx, {
    action: `plan.${kind}.move`,
    entity: 'plan',
    entityId: planId,
    after: { id, step },
  });
  return { version };
}
