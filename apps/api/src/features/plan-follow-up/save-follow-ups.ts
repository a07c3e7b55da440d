import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  DomainError,
  isPeriodInPlan,
  type SaveActivityFollowUpInput,
  type SaveGoalFollowUpInput,
  type SaveIndicatorFollowUpInput,
  throwIfProblems,
  type ValidationProblem,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';

/** What a save answers: the row's new version, for the editor's next save. */
export interface SavedFollowUp {
  period: string;
  version: number;
}

interface Owner {
  planId: string;
  planName: string;
  firstYear: number;
  lastYear: number;
  label: string;
}

/**
 * The plan an indicator, activity or goal belongs to, locked so that a plan being deleted or
 * shortened does not interleave with the follow-up; NOT_FOUND when the förbund has no such row.
 */
async function ownerOf(
  tx: TransactionSql,
  tenantId: string,
  entity: 'indicator' | 'activity' | 'goal',
  id: string,
): Promise<Owner & { source?: string; comparison?: string }> {
  const rows =
    entity === 'goal'
      ? await tx<(Owner & { source?: string })[]>`
          select p.id as "planId", p.name as "planName", p.first_year as "firstYear", p.last_year as "lastYear",
            concat_ws(' ', nullif(g.code, ''), g.title) as label
          from plan_goals g join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
          where g.tenant_id = ${tenantId} and g.id = ${id} for share of p`
      : entity === 'activity'
        ? await tx<Owner[]>`
            select p.id as "planId", p.name as "planName", p.first_year as "firstYear", p.last_year as "lastYear",
              a.text as label
            from plan_activities a join plan_goals g on g.tenant_id = a.tenant_id and g.id = a.goal_id
            join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
            where a.tenant_id = ${tenantId} and a.id = ${id} for share of p`
        : await tx<(Owner & { source: string; comparison: string })[]>`
            select p.id as "planId", p.name as "planName", p.first_year as "firstYear", p.last_year as "lastYear",
              i.text as label, i.source, i.comparison
            from plan_indicators i join plan_goals g on g.tenant_id = i.tenant_id and g.id = i.goal_id
            join plans p on p.tenant_id = g.tenant_id and p.id = g.plan_id
            where i.tenant_id = ${tenantId} and i.id = ${id} for share of p`;
  const [owner] = rows;
  if (!owner) throw new DomainError('NOT_FOUND', 'notFound', { entity });
  return owner;
}

const periodProblems = (period: string, owner: Owner): ValidationProblem[] =>
  isPeriodInPlan(period, owner) ? [] : [{ key: 'planFollowUp.periodOutsidePlan', path: ['period'] }];

/** The follow-up tables, each with the column naming the row it follows up. */
const followUpTables = {
  indicator: { table: 'plan_indicator_follow_ups', key: 'indicator_id', entity: 'planIndicatorFollowUp' },
  activity: { table: 'plan_activity_follow_ups', key: 'activity_id', entity: 'planActivityFollowUp' },
  goal: { table: 'plan_goal_follow_ups', key: 'goal_id', entity: 'planGoalFollowUp' },
} as const;

/**
 * One table's create-or-update of the (row, period) follow-up with the `values` an editor sets:
 * insert when expectedVersion is null (CONFLICT when someone saved it first), else update at that
 * version (CONFLICT when stale). Answers the row's new version.
 */
async function saveFollowUpRow(
  tx: TransactionSql,
  of: keyof typeof followUpTables,
  row: { tenantId: string; id: string; period: string; expectedVersion: number | null },
  values: Record<string, string | number | null>,
): Promise<number> {
  const { table, key, entity } = followUpTables[of];
  const { tenantId, id, period, expectedVersion } = row;
  if (expectedVersion === null) {
    const inserted = await tx<{ version: number }[]>`
      insert into ${tx(table)} ${tx({ tenant_id: tenantId, [key]: id, period, ...values })}
      on conflict do nothing returning version`;
    if (inserted.length === 0) staleOrMissing(entity, true);
    return inserted[0]?.version ?? 1;
  }
  const [updated] = await tx<{ version: number }[]>`
    update ${tx(table)} set ${tx(values)}, version = version + 1
    where tenant_id = ${tenantId} and ${tx(key)} = ${id} and period = ${period} and version = ${expectedVersion}
    returning version`;
  if (!updated) staleOrMissing(entity, true);
  return updated.version;
}

/**
 * Saves an indicator's follow-up for a period: an entered indicator's value, the status an editor
 * states (judged and entered indicators), a comment. Editors; audited; CONFLICT on a stale version.
 */
export async function saveIndicatorFollowUp(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveIndicatorFollowUpInput,
): Promise<SavedFollowUp> {
  const owner = await ownerOf(tx, tenantId, 'indicator', input.indicatorId);
  const problems = periodProblems(input.period, owner);
  if (input.enteredValue !== null && owner.source !== 'entered')
    problems.push({ key: 'planFollowUp.valueNotEntered', path: ['enteredValue'] });
  if (input.statedStatus !== null && owner.source !== 'entered' && owner.comparison !== 'judged')
    problems.push({ key: 'planFollowUp.statusNotStated', path: ['statedStatus'] });
  throwIfProblems('planFollowUp.invalid', problems);
  const [before] = await tx`
    select trim_scale(entered_value)::text as "enteredValue", stated_status as "statedStatus", comment
    from plan_indicator_follow_ups
    where tenant_id = ${tenantId} and indicator_id = ${input.indicatorId} and period = ${input.period}`;
  const version = await saveFollowUpRow(
    tx,
    'indicator',
    { tenantId, id: input.indicatorId, period: input.period, expectedVersion: input.expectedVersion },
    { entered_value: input.enteredValue, stated_status: input.statedStatus, comment: input.comment },
  );
  await recordAudit(tx, {
    action: 'planFollowUp.saveIndicator',
    entity: 'planIndicator',
    entityId: input.indicatorId,
    before: before ? { period: input.period, ...before } : undefined,
    after: {
      name: owner.label,
      plan: owner.planName,
      period: input.period,
      enteredValue: input.enteredValue,
      statedStatus: input.statedStatus,
      comment: input.comment,
    },
  });
  return { period: input.period, version };
}

/** Saves an activity's status and comment for a period. Editors; audited; CONFLICT on a stale version. */
export async function saveActivityFollowUp(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveActivityFollowUpInput,
): Promise<SavedFollowUp> {
  const owner = await ownerOf(tx, tenantId, 'activity', input.activityId);
  throwIfProblems('planFollowUp.invalid', periodProblems(input.period, owner));
  const [before] = await tx`
    select status, comment from plan_activity_follow_ups
    where tenant_id = ${tenantId} and activity_id = ${input.activityId} and period = ${input.period}`;
  const version = await saveFollowUpRow(
    tx,
    'activity',
    { tenantId, id: input.activityId, period: input.period, expectedVersion: input.expectedVersion },
    { status: input.status, comment: input.comment },
  );
  await recordAudit(tx, {
    action: 'planFollowUp.saveActivity',
    entity: 'planActivity',
    entityId: input.activityId,
    before: before ? { period: input.period, ...before } : undefined,
    after: {
      name: owner.label,
      plan: owner.planName,
      period: input.period,
      status: input.status,
      comment: input.comment,
    },
  });
  return { period: input.period, version };
}

/** Saves a goal's summary for a period. Editors; audited; CONFLICT on a stale version. */
export async function saveGoalFollowUp(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: SaveGoalFollowUpInput,
): Promise<SavedFollowUp> {
  const owner = await ownerOf(tx, tenantId, 'goal', input.goalId);
  throwIfProblems('planFollowUp.invalid', periodProblems(input.period, owner));
  const [before] = await tx`
    select comment from plan_goal_follow_ups
    where tenant_id = ${tenantId} and goal_id = ${input.goalId} and period = ${input.period}`;
  const version = await saveFollowUpRow(
    tx,
    'goal',
    { tenantId, id: input.goalId, period: input.period, expectedVersion: input.expectedVersion },
    { comment: input.comment },
  );
  await recordAudit(tx, {
    action: 'planFollowUp.saveGoal',
    entity: 'planGoal',
    entityId: input.goalId,
    before: before ? { period: input.period, ...before } : undefined,
    after: { name: owner.label, plan: owner.planName, period: input.period, comment: input.comment },
  });
  return { period: input.period, version };
}
