import {
  type Period,
  parsePeriod,
  periodEndDate,
  periodStartDate,
  validateParticipantFigures,
} from '@samsyn/domain';
import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import { demoInterventionInput, demoInterventions } from './data/interventions/demo-interventions.ts';
import type { DemoForbundInterventions, DemoMemberName } from './data/interventions/demo-types.ts';

/**
 * Loads the demo interventions of every demo förbund (Gävleborg H1 2019, Härnösand-Timrå 2016,
 * Insjöriket 2020, from ./data/interventions/): local groups and their years, interventions
 * with partners, status, goals and their assessments, budgets, participant figures and period
 * notes. Runs inside `seedDemo`'s transaction after the förbund and members exist; figures pass the
 * same validator as the API's, so the demo never holds what a user could not have entered.
 */
export async function seedDemoInterventions(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  for (const forbund of demoInterventions) {
    const tenantId = tenantIds.get(forbund.tenantSlug);
    if (!tenantId) throw new Error(`demo interventions: unknown förbund ${forbund.tenantSlug}`);
    await enterScope(tx, { tenantId });
    await seedForbund(tx, tenantId, forbund);
  }
}

const periodOf = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`demo interventions: bad period ${text}`);
  return period;
};

async function seedForbund(tx: TransactionSql, tenantId: string, forbund: DemoForbundInterventions) {
  const members = await tx<{ id: string; name: string }[]>`
    select id, name from members where tenant_id = ${tenantId}`;
  const memberIdByName = new Map(members.map((member) => [member.name as DemoMemberName, member.id]));
  const memberId = (name: DemoMemberName) => {
    const id = memberIdByName.get(name);
    if (!id) throw new Error(`demo interventions: ${forbund.tenantSlug} has no member ${name}`);
    return id;
  };

  const localGroupIdByKey = new Map<string, string>();
  for (const group of forbund.localGroups) {
    const [row] = await tx<{ id: string }[]>`
      insert into local_groups (tenant_id, name, population)
      values (${tenantId}, ${group.name}, ${group.population}) returning id`;
    if (!row) throw new Error(`demo interventions: local group ${group.key} not created`);
    localGroupIdByKey.set(group.key, row.id);
    await tx`
      insert into local_group_members (tenant_id, local_group_id, member_id)
      values (${tenantId}, ${row.id}, ${memberId(group.municipality)})`;
    for (const year of group.years) {
      await tx`
        insert into local_group_years (tenant_id, local_group_id, year, budget_ore, spend_ore, meetings_held,
          has_updated_action_plan, is_demo_estimate, estimated_fields)
        values (${tenantId}, ${row.id}, ${year.year}, ${year.budget}, ${year.spend}, ${year.meetingsHeld},
          ${year.hasUpdatedActionPlan}, ${year.isDemoEstimate}, ${[...year.estimatedFields]})`;
    }
  }

  const demoPeriod = periodOf(forbund.period);
  for (const demo of forbund.interventions) {
    const input = demoInterventionInput(demo, memberIdByName, localGroupIdByKey);
    const [row] = await tx<{ id: string }[]>`
      insert into interventions (tenant_id, name, kind, purpose, target_group_ids, target_group_text,
        method_tag_ids, free_tags, lead_member_id, participant_registration, start_date, end_date, status,
        local_group_id, is_esf_funded, follow_up_method, detailed_direction, is_demo_estimate, estimated_fields)
      values (${tenantId}, ${input.name}, ${input.kind}, ${input.purpose}, ${input.targetGroupIds},
        ${input.targetGroupText}, ${input.methodTagIds}, ${input.freeTags},
        ${input.leadOrganisation.type === 'member' ? input.leadOrganisation.memberId : null},
        ${input.participantRegistration}, ${input.startDate}, ${input.endDate}, ${input.status},
        ${input.localGroupId}, ${input.isEsfFunded}, ${input.followUpMethod}, ${input.detailedDirection},
        ${demo.isDemoEstimate}, ${[...demo.estimatedFields]})
      returning id`;
    if (!row) throw new Error(`demo interventions: ${demo.key} not created`);
    const interventionId = row.id;
    for (const [position, partnerId] of input.partnerMemberIds.entries()) {
      await tx`
        insert into intervention_partners (tenant_id, intervention_id, member_id, position)
        values (${tenantId}, ${interventionId}, ${partnerId}, ${position})`;
    }
    await tx`
      insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date)
      values (${tenantId}, ${interventionId}, null, ${input.status},
        ${input.startDate ?? periodStartDate(demoPeriod)})`;

    for (const [position, { goal, assessment, isDemoEstimate, estimatedFields }] of demo.goals.entries()) {
      const [goalRow] = await tx<{ id: string }[]>`
        insert into intervention_goals (tenant_id, intervention_id, position, type, description, measure, target,
          target_percent, comparison, goal_period, is_demo_estimate, estimated_fields)
        values (${tenantId}, ${interventionId}, ${position}, ${goal.type}, ${goal.description},
          ${goal.type === 'qualitative' ? null : goal.measure}, ${goal.type === 'count' ? goal.target : null},
          ${goal.type === 'share' ? goal.targetPercent : null}, ${goal.type === 'share' ? goal.comparison : null},
          ${goal.type === 'qualitative' ? null : goal.period}, ${isDemoEstimate}, ${[...estimatedFields]})
        returning id`;
      if (!goalRow) throw new Error(`demo interventions: a goal of ${demo.key} not created`);
      if (assessment) {
        await tx`
          insert into intervention_goal_assessments (tenant_id, goal_id, period, status, entered_actual, comment,
            is_demo_estimate)
          values (${tenantId}, ${goalRow.id}, ${forbund.period}, ${assessment.status}, ${assessment.enteredActual},
            ${assessment.comment}, ${isDemoEstimate})`;
      }
    }

    for (const budget of demo.budgets) {
      const planned = budget.plannedParticipants;
      await tx`
        insert into intervention_budgets (tenant_id, intervention_id, year, total_budget_ore, spend_ore,
          planned_total, planned_women, planned_men, planned_other_unknown, is_demo_estimate, estimated_fields)
        values (${tenantId}, ${interventionId}, ${budget.year}, ${budget.totalBudget}, ${budget.spendToDate},
          ${planned?.total ?? null}, ${planned?.women ?? null}, ${planned?.men ?? null},
          ${planned?.otherUnknown ?? null}, ${budget.isDemoEstimate}, ${[...budget.estimatedFields]})`;
    }

    for (const entry of demo.figures) {
      const checked = validateParticipantFigures(entry.figures, demo.kind);
      if (!checked.ok) throw new Error(`demo interventions: ${demo.key} ${JSON.stringify(checked.problems)}`);
      const period = periodOf(entry.period);
      await tx`
        insert into participant_figures (tenant_id, intervention_id, period, period_type, period_start, period_end,
          kind, figures, is_demo_estimate, estimated_fields)
        values (${tenantId}, ${interventionId}, ${entry.period}, ${period.type}, ${periodStartDate(period)},
          ${periodEndDate(period)}, ${demo.kind}, ${tx.json(checked.value as never)}, ${entry.isDemoEstimate},
          ${[...entry.estimatedFields]})`;
    }

    for (const note of demo.notes) {
      await tx`
        insert into intervention_period_notes (tenant_id, intervention_id, period, results_text, comment)
        values (${tenantId}, ${interventionId}, ${note.period}, ${note.resultsText}, ${note.comment})`;
    }
  }

  await recordAudit(tx, {
    action: 'demo.seedInterventions',
    entity: 'tenant',
    entityId: tenantId,
    after: { interventions: forbund.interventions.length, localGroups: forbund.localGroups.length },
  });
}
