import {
  type ApplicationStatus,
  canDecideApplication,
  canMoveApplication,
  decidedApplicationStatuses,
} from '@samsyn/domain';
import { recordAudit } from '../audit.ts';
import type { TransactionSql } from '../client.ts';
import { enterScope } from '../scope.ts';
import type {
  DemoAgreement,
  DemoApplication,
  DemoForbundApplications,
  DemoReview,
} from './data/applications/demo-application-types.ts';
import { demoApplications } from './data/applications/demo-applications.ts';

/**
 * Loads the seeds' applications for funds (./data/applications/) into 0025's tables: the formal
 * checklist and criteria, applications with parties, goals, yearly budget and dated history (by no
 * user), the formal check's answers for those past it, and the granted ones' agreements with their
 * commitment per year, payments and reports. Runs inside `seedDemo`'s transaction after the
 * interventions and local groups and BEFORE the board: the board's loader links its grant items to
 * these applications while the minutes are still open, and `linkDemoApplicationDecisions` then points
 * the applications at those decisions. Throws on data the rules would refuse: a bug in the seed data.
 */
export async function seedDemoApplications(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  await inEachForbund(tx, tenantIds, (tenantId, forbund) => seedForbund(tx, tenantId, forbund));
}

/** Runs `work` for each förbund of the demo applications in turn, the transaction in its scope. */
async function inEachForbund(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
  work: (tenantId: string, forbund: DemoForbundApplications) => Promise<void>,
): Promise<void> {
  for (const forbund of demoApplications) {
    const tenantId = tenantIds.get(forbund.tenantSlug);
    if (!tenantId) throw new Error(`demo applications: unknown förbund ${forbund.tenantSlug}`);
    await enterScope(tx, { tenantId });
    await work(tenantId, forbund);
  }
}

/**
 * After the board: each application the board's demo decided (an agenda item concerning it with a
 * grant decision) gets that decision, on the application and on its decision's history row. Checks
 * that the decision is the one the data names (meeting date and paragraph) with the same amount.
 */
export async function linkDemoApplicationDecisions(
  tx: TransactionSql,
  tenantIds: ReadonlyMap<string, string>,
): Promise<void> {
  await inEachForbund(tx, tenantIds, async (tenantId, forbund) => {
    for (const application of forbund.applications) {
      const board = application.decision?.board;
      if (!board) continue;
      const [found] = await tx<{ applicationId: string; decisionId: string; ok: boolean }[]>`
        select a.id as "applicationId", d.id as "decisionId",
          (m.meeting_date = ${application.decision?.date ?? null}::date and i.paragraph = ${board.paragraph}
            and d.kind = 'grant' and d.grant_outcome is not distinct from (case when a.status = 'granted'
              then 'granted' else 'rejected' end)
            and d.granted_amount_ore is not distinct from a.granted_amount_ore) as ok
        from applications a
          join board_agenda_items i on i.tenant_id = a.tenant_id and i.concerns_application_id = a.id
          join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
          join board_decisions d on d.tenant_id = i.tenant_id and d.item_id = i.id
        where a.tenant_id = ${tenantId} and a.title = ${application.title}`;
      if (!found?.ok)
        throw new Error(
          `demo applications: no matching board decision for ${application.key} (${board.meeting})`,
        );
      await tx`
        update applications set decision_id = ${found.decisionId}
        where tenant_id = ${tenantId} and id = ${found.applicationId}`;
      await tx`
        update application_status_changes set decision_id = ${found.decisionId}
        where tenant_id = ${tenantId} and application_id = ${found.applicationId}
          and to_status in ('granted', 'rejected')`;
    }
  });
}

/** Statuses past the formal check: their checklist has been answered. */
const pastFormalCheck: readonly ApplicationStatus[] = ['underReview', 'proposal', 'granted', 'rejected'];

/** The application's status now, after checking its history follows the pipeline's rules. */
function checkedStatus(application: DemoApplication): ApplicationStatus {
  const [first, ...rest] = application.history;
  if (!first) throw new Error(`demo applications: ${application.key} has no history`);
  let status = first.to;
  for (const step of rest) {
    const allowed = decidedApplicationStatuses.includes(step.to)
      ? canDecideApplication(status)
      : canMoveApplication(status, step.to);
    if (!allowed) throw new Error(`demo applications: ${application.key} cannot go ${status} → ${step.to}`);
    status = step.to;
  }
  const decided = decidedApplicationStatuses.includes(status);
  if (decided !== (application.decision !== undefined))
    throw new Error(`demo applications: ${application.key} is ${status} but its decision does not say so`);
  if ((status === 'granted') !== (application.agreement !== undefined))
    throw new Error(`demo applications: ${application.key} — only a granted application has an agreement`);
  return status;
}

async function seedForbund(tx: TransactionSql, tenantId: string, forbund: DemoForbundApplications) {
  const idsByName = async (table: 'members' | 'local_groups' | 'interventions') => {
    const rows = await tx<{ id: string; name: string }[]>`
      select id, name from ${tx(table)} where tenant_id = ${tenantId}`;
    const ids = new Map(rows.map((row) => [row.name, row.id]));
    return (name: string) => {
      const id = ids.get(name);
      if (!id) throw new Error(`demo applications: ${forbund.tenantSlug} has no ${table} row ${name}`);
      return id;
    };
  };
  const memberId = await idsByName('members');
  const localGroupId = await idsByName('local_groups');
  const interventionId = await idsByName('interventions');

  const pointIds: string[] = [];
  for (const [position, text] of forbund.checklist.entries()) {
    const [row] = await tx<{ id: string }[]>`
      insert into application_checklist_points (tenant_id, position, text)
      values (${tenantId}, ${position}, ${text}) returning id`;
    if (!row) throw new Error('demo applications: checklist point not created');
    pointIds.push(row.id);
  }
  const criterionIds: string[] = [];
  for (const [position, criterion] of forbund.criteria.entries()) {
    const [row] = await tx<{ id: string }[]>`
      insert into application_criteria (tenant_id, position, name, description, max_score)
      values (${tenantId}, ${position}, ${criterion.name}, ${criterion.description}, ${criterion.maxScore})
      returning id`;
    if (!row) throw new Error('demo applications: criterion not created');
    criterionIds.push(row.id);
  }

  for (const application of forbund.applications) {
    const status = checkedStatus(application);
    const decision = application.decision;
    const [row] = await tx<{ id: string }[]>`
      insert into applications (tenant_id, diary_number, title, status, kind, lead_member_id, local_group_id, contact,
        target_group_ids, target_group_text, need, purpose, collaboration, start_date, end_date, expected_year,
        expected_amount_ore, proposed_amount_ore, decided_date, granted_amount_ore, intervention_id,
        is_demo_estimate, estimated_fields)
      values (${tenantId}, ${application.diaryNumber ?? ''}, ${application.title}, ${status}, ${application.kind},
        ${application.lead ? memberId(application.lead) : null},
        ${application.localGroup ? localGroupId(application.localGroup) : null}, ${application.contact ?? ''},
        ${[...(application.targetGroupIds ?? [])]}, ${application.targetGroupText ?? ''}, ${application.need},
        ${application.purpose}, ${application.collaboration}, ${application.startDate}, ${application.endDate},
        ${application.expected?.year ?? null}, ${application.expected?.amountOre ?? null},
        ${application.proposedOre ?? null}, ${decision?.date ?? null}, ${decision?.grantedOre ?? null},
        ${application.intervention ? interventionId(application.intervention) : null},
        ${application.isDemoEstimate}, ${[...application.estimatedFields]})
      returning id`;
    if (!row) throw new Error(`demo applications: ${application.key} not created`);
    const applicationId = row.id;

    for (const [position, party] of application.parties.entries()) {
      await tx`
        insert into application_parties (tenant_id, application_id, member_id, position)
        values (${tenantId}, ${applicationId}, ${memberId(party)}, ${position})`;
    }
    for (const [position, goal] of application.goals.entries()) {
      await tx`
        insert into application_goals (tenant_id, application_id, position, type, description, measure, target,
          target_percent, comparison, goal_period)
        values (${tenantId}, ${applicationId}, ${position}, ${goal.type}, ${goal.description},
          ${goal.type === 'qualitative' ? null : goal.measure}, ${goal.type === 'count' ? goal.target : null},
          ${goal.type === 'share' ? goal.targetPercent : null}, ${goal.type === 'share' ? goal.comparison : null},
          ${goal.type === 'qualitative' ? null : goal.period})`;
    }
    for (const budget of application.budgetYears) {
      await tx`
        insert into application_budget_years (tenant_id, application_id, year, requested_ore, own_contribution_ore)
        values (${tenantId}, ${applicationId}, ${budget.year}, ${budget.requestedOre},
          ${budget.ownContributionOre ?? 0})`;
    }
    let from: ApplicationStatus | null = null;
    for (const step of application.history) {
      await tx`
        insert into application_status_changes (tenant_id, application_id, from_status, to_status, effective_date,
          note, changed_by, changed_at)
        values (${tenantId}, ${applicationId}, ${from}, ${step.to}, ${step.date}, ${step.note ?? ''}, null,
          ${`${step.date}T12:00:00+01:00`})`;
      from = step.to;
    }
    if (pastFormalCheck.includes(status)) {
      for (const pointId of pointIds) {
        await tx`
          insert into application_checklist_answers (tenant_id, application_id, point_id, answer)
          values (${tenantId}, ${applicationId}, ${pointId}, 'yes')`;
      }
    }
    if (application.agreement)
      await seedAgreement(tx, tenantId, applicationId, application, application.agreement);
    for (const review of application.reviews ?? [])
      await seedReview(tx, tenantId, applicationId, criterionIds, forbund, review);
  }

  await recordAudit(tx, {
    action: 'demo.seed',
    entity: 'tenant',
    entityId: tenantId,
    after: { applications: forbund.applications.length, checklistPoints: forbund.checklist.length },
  });
}

async function seedAgreement(
  tx: TransactionSql,
  tenantId: string,
  applicationId: string,
  application: DemoApplication,
  agreement: DemoAgreement,
) {
  const committed = agreement.years.reduce((sum, year) => sum + year.amountOre, 0);
  if (committed !== application.decision?.grantedOre)
    throw new Error(`demo applications: ${application.key}'s agreement years do not sum to the grant`);
  const planned = agreement.payments.reduce((sum, payment) => sum + payment.amountOre, 0);
  if (planned !== committed)
    throw new Error(`demo applications: ${application.key}'s payments do not sum to the grant`);
  const [row] = await tx<{ id: string }[]>`
    insert into application_agreements (tenant_id, application_id, status, signed_date, closed_date, note,
      is_demo_estimate)
    values (${tenantId}, ${applicationId}, ${agreement.status}, ${agreement.signedDate}, ${agreement.closedDate},
      ${agreement.note}, ${agreement.isDemoEstimate})
    returning id`;
  if (!row) throw new Error(`demo applications: ${application.key}'s agreement not created`);
  for (const year of agreement.years) {
    await tx`
      insert into application_agreement_years (tenant_id, agreement_id, year, amount_ore)
      values (${tenantId}, ${row.id}, ${year.year}, ${year.amountOre})`;
  }
  // Reports before payments: a paid final payment needs its approved final report (0025's trigger).
  for (const report of agreement.reports) {
    await tx`
      insert into application_reports (tenant_id, agreement_id, kind, due_date, submitted_date, approved_date, note)
      values (${tenantId}, ${row.id}, ${report.kind}, ${report.dueDate}, ${report.submittedDate},
        ${report.approvedDate}, ${report.note ?? ''})`;
  }
  for (const [position, payment] of agreement.payments.entries()) {
    await tx`
      insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore, paid_date, note)
      values (${tenantId}, ${row.id}, ${position}, ${payment.kind}, ${payment.dueDate}, ${payment.amountOre},
        ${payment.paidDate}, ${payment.note ?? ''})`;
  }
}

async function seedReview(
  tx: TransactionSql,
  tenantId: string,
  applicationId: string,
  criterionIds: readonly string[],
  forbund: DemoForbundApplications,
  review: DemoReview,
) {
  const [user] = await tx<{ id: string }[]>`select id from users where email = ${review.reviewer}`;
  if (!user) throw new Error(`demo applications: no demo account ${review.reviewer}`);
  const scores = review.scores ?? [];
  const hasConflict = review.conflict !== undefined;
  if (hasConflict && (review.opinion || review.recommendation || scores.length > 0))
    throw new Error(`demo applications: ${review.reviewer} declared jäv and cannot recommend`);
  if (scores.some((score, index) => score < 0 || score > (forbund.criteria[index]?.maxScore ?? -1)))
    throw new Error(`demo applications: ${review.reviewer}'s scores do not fit the criteria`);
  const at = (date: string | undefined) => (date ? `${date}T15:00:00+02:00` : null);
  const [row] = await tx<{ id: string }[]>`
    insert into application_reviews (tenant_id, application_id, reviewer_user_id, has_conflict, conflict_reason,
      declared_at, opinion, recommendation, recommended_amount_ore, submitted_at)
    values (${tenantId}, ${applicationId}, ${user.id}, ${hasConflict}, ${review.conflict ?? ''},
      ${at(review.declaredOn)}, ${review.opinion ?? ''}, ${review.recommendation ?? null},
      ${review.recommendedOre ?? null}, ${at(review.submittedOn)})
    returning id`;
  if (!row) throw new Error(`demo applications: ${review.reviewer}'s review not created`);
  for (const [index, score] of scores.entries()) {
    const criterionId = criterionIds[index];
    if (!criterionId)
      throw new Error(`demo applications: ${review.reviewer} scores more criteria than there are`);
    await tx`
      insert into application_review_scores (tenant_id, review_id, criterion_id, score)
      values (${tenantId}, ${row.id}, ${criterionId}, ${score})`;
  }
}
