import { recordAudit } from '@samsyn/db';
import {
  type ApplicationForIntervention,
  applicationToIntervention,
  DomainError,
  type Goal,
  type PlannedParticipants,
} from '@samsyn/domain';
import { createIntervention } from '../interventions/create-intervention.ts';
import type { TenantCtx } from '../verb-context.ts';
import { lockApplication } from './application-row.ts';

interface GoalRow {
  type: Goal['type'];
  description: string;
  measure: string | null;
  target: number | null;
  targetPercent: number | null;
  comparison: 'at_least' | 'at_most' | null;
  period: string | null;
}

/** A stored goal as the goal model has it (0025 keeps the interventions' columns and checks, so the cast holds). */
function goalOf(row: GoalRow): Goal {
  const { type, description, measure, target, targetPercent, comparison, period } = row;
  if (type === 'count') return { type, description, measure, target, period } as Goal;
  if (type === 'share') return { type, description, measure, targetPercent, comparison, period } as Goal;
  return { type: 'qualitative', description };
}

/** What the mapping needs of the application, read in the caller's transaction. */
async function readForIntervention(
  { tx, tenant }: TenantCtx,
  applicationId: string,
): Promise<ApplicationForIntervention> {
  const [[app], parties, goals, budgetYears, agreementYears] = await Promise.all([
    tx<
      (Omit<ApplicationForIntervention, 'partyMemberIds' | 'goals' | 'budgetYears' | 'agreementYears'> & {
        grantedAmountOre: number;
      })[]
    >`
      select title, kind, lead_member_id as "leadMemberId", local_group_id as "localGroupId",
        target_group_ids as "targetGroupIds", target_group_text as "targetGroupText", purpose,
        to_char(start_date, 'YYYY-MM-DD') as "startDate", to_char(end_date, 'YYYY-MM-DD') as "endDate",
        coalesce(granted_amount_ore, 0)::float8 as "grantedAmountOre", to_char(decided_date, 'YYYY-MM-DD') as "decidedDate"
      from applications where tenant_id = ${tenant.id} and id = ${applicationId}`,
    tx<{ memberId: string }[]>`
      select member_id as "memberId" from application_parties
      where tenant_id = ${tenant.id} and application_id = ${applicationId} order by position, member_id`,
    tx<GoalRow[]>`
      select type, description, measure, target::float8 as target, target_percent as "targetPercent", comparison,
        goal_period as period
      from application_goals where tenant_id = ${tenant.id} and application_id = ${applicationId}
      order by position, id`,
    tx<
      {
        year: number;
        requestedOre: number;
        total: number | null;
        women: number | null;
        men: number | null;
        otherUnknown: number | null;
      }[]
    >`
      select year, requested_ore::float8 as "requestedOre", planned_total as total, planned_women as women,
        planned_men as men, planned_other_unknown as "otherUnknown"
      from application_budget_years where tenant_id = ${tenant.id} and application_id = ${applicationId}
      order by year`,
    tx<{ year: number; amountOre: number }[]>`
      select y.year, y.amount_ore::float8 as "amountOre"
      from application_agreements g
      join application_agreement_years y on y.tenant_id = g.tenant_id and y.agreement_id = g.id
      where g.tenant_id = ${tenant.id} and g.application_id = ${applicationId}
      order by y.year`,
  ]);
  if (!app) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  return {
    ...app,
    partyMemberIds: parties.map((row) => row.memberId),
    goals: goals.map(goalOf),
    budgetYears: budgetYears.map(({ year, requestedOre, ...planned }) => ({
      year,
      requestedOre,
      planned: planned.total === null ? null : (planned as PlannedParticipants),
    })),
    agreementYears,
  };
}

/**
 * "Skapa insats": the intervention a granted application becomes, nothing retyped — its fields,
 * lead and parties (written as the interventions feature writes a new one, `intervention.create`),
 * goals as they are, a budget per year from the agreement's commitment with the planned
 * participants, linked back from the application (`application.createIntervention`). Refused
 * unless granted, and when made already. Carries the application's version. Editors.
 */
export async function createInterventionFromApplication(
  ctx: TenantCtx,
  input: { applicationId: string; expectedVersion: number },
): Promise<{ interventionId: string; applicationVersion: number }> {
  const { tx, tenant } = ctx;
  const application = await lockApplication(tx, tenant.id, input.applicationId, input.expectedVersion);
  if (application.status !== 'granted') throw new DomainError('CONFLICT', 'applicationDecision.notGranted');
  if (application.interventionId !== null)
    throw new DomainError('CONFLICT', 'applicationDecision.interventionExists');
  const made = applicationToIntervention(await readForIntervention(ctx, application.id));
  const intervention = await createIntervention(ctx, made.intervention);
  for (const [position, goal] of made.goals.entries()) {
    await tx`
      insert into intervention_goals (tenant_id, intervention_id, position, type, description, measure, target,
        target_percent, comparison, goal_period)
      values (${tenant.id}, ${intervention.id}, ${position}, ${goal.type}, ${goal.description},
        ${goal.type === 'qualitative' ? null : goal.measure}, ${goal.type === 'count' ? goal.target : null},
        ${goal.type === 'share' ? goal.targetPercent : null}, ${goal.type === 'share' ? goal.comparison : null},
        ${goal.type === 'qualitative' ? null : goal.period})`;
  }
  for (const budget of made.budgets) {
    const planned = budget.plannedParticipants;
    await tx`
      insert into intervention_budgets (tenant_id, intervention_id, year, total_budget_ore, spend_ore, planned_total,
        planned_women, planned_men, planned_other_unknown)
      values (${tenant.id}, ${intervention.id}, ${budget.year}, ${budget.totalBudget}, ${budget.spendToDate},
        ${planned?.total ?? null}, ${planned?.women ?? null}, ${planned?.men ?? null}, ${planned?.otherUnknown ?? null})`;
  }
  const [updated] = await tx<{ version: number }[]>`
    update applications set intervention_id = ${intervention.id}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${application.id} returning version`;
  await recordAudit(tx, {
    action: 'application.createIntervention',
    entity: 'application',
    entityId: application.id,
    after: {
      interventionId: intervention.id,
      name: intervention.name,
      goals: made.goals,
      budgets: made.budgets,
    },
  });
  return { interventionId: intervention.id, applicationVersion: updated?.version ?? application.version + 1 };
}
