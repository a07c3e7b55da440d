import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  DomainError,
  type Goal,
  type GoalAssessment,
  goalProblemsForKind,
  throwIfProblems,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { type GoalRecord, selectGoals } from './records/goal-records.ts';
import { assertNotArchived, lockIntervention } from './records/intervention-record.ts';

const columnsOf = (goal: Goal) => ({
  type: goal.type,
  description: goal.description,
  measure: goal.type === 'qualitative' ? null : goal.measure,
  target: goal.type === 'count' ? goal.target : null,
  targetPercent: goal.type === 'share' ? goal.targetPercent : null,
  comparison: goal.type === 'share' ? goal.comparison : null,
  goalPeriod: goal.type === 'qualitative' ? null : goal.period,
});

async function getGoal(tx: TransactionSql, tenantId: string, goalId: string): Promise<GoalRecord> {
  const [goal] = await selectGoals(tx, tenantId, null, goalId);
  if (!goal) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'goal' });
  return goal;
}

/**
 * Locks the goal's intervention for the write and refuses it when the intervention is archived or
 * the goal's measure does not fit the intervention's kind (problems named under `goal.`).
 */
async function lockForGoal(tx: TransactionSql, tenantId: string, interventionId: string, goal: Goal) {
  const intervention = await lockIntervention(tx, tenantId, interventionId);
  assertNotArchived(intervention);
  throwIfProblems(
    'goal.invalid',
    goalProblemsForKind(goal, intervention.kind).map((problem) => ({
      ...problem,
      path: ['goal', ...problem.path],
    })),
  );
}

/** Adds a goal to an intervention, last in its list. The measure must fit the intervention's kind. Editors. */
export async function createGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { interventionId: string; goal: Goal },
): Promise<GoalRecord> {
  await lockForGoal(tx, tenantId, input.interventionId, input.goal);
  const columns = columnsOf(input.goal);
  const [row] = await tx<{ id: string }[]>`
    insert into intervention_goals (tenant_id, intervention_id, position, type, description, measure, target,
      target_percent, comparison, goal_period)
    values (${tenantId}, ${input.interventionId},
      (select coalesce(max(position) + 1, 0) from intervention_goals
       where tenant_id = ${tenantId} and intervention_id = ${input.interventionId}),
      ${columns.type}, ${columns.description}, ${columns.measure}, ${columns.target}, ${columns.targetPercent},
      ${columns.comparison}, ${columns.goalPeriod})
    returning id`;
  if (!row) throw new Error('goal insert returned no row');
  await recordAudit(tx, {
    action: 'goal.create',
    entity: 'goal',
    entityId: row.id,
    after: { interventionId: input.interventionId, ...input.goal },
  });
  return getGoal(tx, tenantId, row.id);
}

/** Replaces a goal's definition, if nobody saved it since (version). Editors. */
export async function updateGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { goalId: string; goal: Goal; expectedVersion: number },
): Promise<GoalRecord> {
  const before = await getGoal(tx, tenantId, input.goalId);
  await lockForGoal(tx, tenantId, before.interventionId, input.goal);
  const columns = columnsOf(input.goal);
  const updated = await tx`
    update intervention_goals set type = ${columns.type}, description = ${columns.description},
      measure = ${columns.measure}, target = ${columns.target}, target_percent = ${columns.targetPercent},
      comparison = ${columns.comparison}, goal_period = ${columns.goalPeriod}, is_demo_estimate = false,
      estimated_fields = '{}', version = version + 1
    where tenant_id = ${tenantId} and id = ${input.goalId} and version = ${input.expectedVersion}
    returning 1`;
  if (updated.length === 0) staleOrMissing('goal', true);
  await recordAudit(tx, {
    action: 'goal.update',
    entity: 'goal',
    entityId: input.goalId,
    before: before.goal,
    after: input.goal,
  });
  return getGoal(tx, tenantId, input.goalId);
}

/** Removes a goal and its assessments (the UI asks for confirmation first). Editors. */
export async function deleteGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { goalId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const before = await getGoal(tx, tenantId, input.goalId);
  assertNotArchived(await lockIntervention(tx, tenantId, before.interventionId));
  const deleted = await tx`
    delete from intervention_goals
    where tenant_id = ${tenantId} and id = ${input.goalId} and version = ${input.expectedVersion}
    returning 1`;
  if (deleted.length === 0) staleOrMissing('goal', true);
  await recordAudit(tx, {
    action: 'goal.delete',
    entity: 'goal',
    entityId: input.goalId,
    before: before.goal,
  });
  return { id: input.goalId };
}

/**
 * Records a goal's follow-up for a period: the status of a qualitative goal, the actual of an
 * `entered` count, a comment. `expectedVersion` null creates it (CONFLICT if someone did first).
 * Editors.
 */
export async function assessGoal(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: GoalAssessment & { goalId: string; period: string; expectedVersion: number | null },
): Promise<GoalRecord> {
  const goal = await getGoal(tx, tenantId, input.goalId);
  assertNotArchived(await lockIntervention(tx, tenantId, goal.interventionId));
  // Only an `entered` count takes a typed-in actual, only a qualitative goal a status; the rest are computed.
  const problems = [];
  const takesActual = goal.goal.type === 'count' && goal.goal.measure === 'entered';
  if (input.enteredActual !== null && !takesActual)
    problems.push({ key: 'goal.actualNotForType', path: ['enteredActual'] });
  if (input.status !== null && goal.goal.type !== 'qualitative')
    problems.push({ key: 'goal.statusNotForType', path: ['status'] });
  throwIfProblems('goal.invalid', problems);
  const before = goal.assessments.find((assessment) => assessment.period === input.period) ?? null;
  if (input.expectedVersion === null) {
    if (before) staleOrMissing('goalAssessment', true);
    await tx`
      insert into intervention_goal_assessments (tenant_id, goal_id, period, status, entered_actual, comment)
      values (${tenantId}, ${input.goalId}, ${input.period}, ${input.status}, ${input.enteredActual}, ${input.comment})`;
  } else {
    const updated = await tx`
      update intervention_goal_assessments set status = ${input.status}, entered_actual = ${input.enteredActual},
        comment = ${input.comment}, is_demo_estimate = false, version = version + 1
      where tenant_id = ${tenantId} and goal_id = ${input.goalId} and period = ${input.period}
        and version = ${input.expectedVersion}
      returning 1`;
    if (updated.length === 0) staleOrMissing('goalAssessment', before !== null);
  }
  await recordAudit(tx, {
    action: 'goal.assess',
    entity: 'goal',
    entityId: input.goalId,
    before,
    after: {
      period: input.period,
      status: input.status,
      enteredActual: input.enteredActual,
      comment: input.comment,
    },
  });
  return getGoal(tx, tenantId, input.goalId);
}
