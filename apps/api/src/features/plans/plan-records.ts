import type { TransactionSql } from '@samsyn/db';
import {
  DomainError,
  type IndicatorComparison,
  type IndicatorSource,
  type IndicatorUnit,
  type PlanStatus,
} from '@samsyn/domain';

/** A plan's header as the list and the page read it. */
export interface PlanRecord {
  id: string;
  name: string;
  firstYear: number;
  lastYear: number;
  status: PlanStatus;
  adoptedOn: string | null;
  adoptedDecisionId: string | null;
  vision: string;
  purpose: string;
  targetGroups: string[];
  directions: string[];
  copiedFromPlanId: string | null;
  version: number;
  updatedAt: string;
}

export interface PlanAreaRecord {
  id: string;
  position: number;
  title: string;
  description: string;
}

export interface PlanIndicatorRecord {
  id: string;
  goalId: string;
  position: number;
  text: string;
  source: IndicatorSource;
  computedMeasure: string | null;
  computedParams: Record<string, unknown>;
  nnsIndicatorCode: string | null;
  comparison: IndicatorComparison;
  unit: IndicatorUnit;
  /** Exact decimal text ("20.00"), never a float. */
  targetValue: string | null;
}

export interface PlanActivityRecord {
  id: string;
  goalId: string;
  position: number;
  text: string;
  responsible: string;
  year: number | null;
}

export interface PlanGoalRecord {
  id: string;
  areaId: string | null;
  position: number;
  code: string;
  title: string;
  description: string;
  indicators: PlanIndicatorRecord[];
  activities: PlanActivityRecord[];
  interventions: { id: string; name: string }[];
}

/** A plan with its whole tree, each list in the plan's order. */
export interface PlanTree extends PlanRecord {
  areas: PlanAreaRecord[];
  goals: PlanGoalRecord[];
}

const planColumns = (tx: TransactionSql) => tx`
  id, name, first_year as "firstYear", last_year as "lastYear", status, adopted_on::text as "adoptedOn",
  adopted_decision_id as "adoptedDecisionId", vision, purpose, target_groups as "targetGroups",
  directions, copied_from_plan_id as "copiedFromPlanId", version, updated_at::text as "updatedAt"`;

/** The förbund's plans, latest period first. */
export function selectPlans(tx: TransactionSql, tenantId: string): Promise<PlanRecord[]> {
  return tx<PlanRecord[]>`
    select ${planColumns(tx)} from plans where tenant_id = ${tenantId}
    order by first_year desc, last_year desc, name`;
}

/** One plan's header; NOT_FOUND when the förbund has no such plan. */
export async function getPlanRecord(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  options: { forUpdate: boolean } = { forUpdate: false },
): Promise<PlanRecord> {
  const [plan] = await tx<PlanRecord[]>`
    select ${planColumns(tx)} from plans where tenant_id = ${tenantId} and id = ${planId}
    ${options.forUpdate ? tx`for update` : tx``}`;
  if (!plan) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan' });
  return plan;
}

/**
 * Locks a plan for an edit of its header or tree: the editor's version must still be the plan's
 * (CONFLICT otherwise), and an adopted plan is read-only until an admin reopens it.
 */
export async function lockEditablePlan(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  expectedVersion: number,
): Promise<PlanRecord> {
  const plan = await lockPlan(tx, tenantId, planId, expectedVersion);
  if (plan.status === 'adopted') throw new DomainError('CONFLICT', 'plan.adopted');
  return plan;
}

/** Locks a plan and checks the editor's version, whatever its status (adopt, reopen). */
export async function lockPlan(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  expectedVersion: number,
): Promise<PlanRecord> {
  const plan = await getPlanRecord(tx, tenantId, planId, { forUpdate: true });
  if (plan.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'plan' });
  return plan;
}

/** One version for the whole plan: every edit of it or its tree moves it on. */
export async function bumpPlanVersion(tx: TransactionSql, tenantId: string, planId: string): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update plans set version = version + 1 where tenant_id = ${tenantId} and id = ${planId} returning version`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'plan' });
  return row.version;
}

/** A node's plan: NOT_FOUND unless the node exists in this förbund AND in the plan named. */
export async function assertNodeInPlan(
  tx: TransactionSql,
  tenantId: string,
  planId: string,
  node: { kind: 'area' | 'goal' | 'indicator' | 'activity'; id: string },
): Promise<void> {
  const rows =
    node.kind === 'area'
      ? await tx`select 1 from plan_areas where tenant_id = ${tenantId} and id = ${node.id} and plan_id = ${planId}`
      : node.kind === 'goal'
        ? await tx`select 1 from plan_goals where tenant_id = ${tenantId} and id = ${node.id} and plan_id = ${planId}`
        : node.kind === 'indicator'
          ? await tx`
              select 1 from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
              where i.tenant_id = ${tenantId} and i.id = ${node.id} and g.plan_id = ${planId}`
          : await tx`
              select 1 from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
              where a.tenant_id = ${tenantId} and a.id = ${node.id} and g.plan_id = ${planId}`;
  if (rows.length === 0) throw new DomainError('NOT_FOUND', 'notFound', { entity: `plan.${node.kind}` });
}
