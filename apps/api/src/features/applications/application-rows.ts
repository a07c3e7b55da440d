import {
  type ApplicationFields,
  type ApplicationStatus,
  closedApplicationStatuses,
  DomainError,
  finsamPartyProblems,
  type Goal,
  type LocalGroupYearRoom,
  localGroupBudgetProblems,
  submittedApplicationStatuses,
  throwIfProblems,
  todayInSweden,
  type ValidationProblem,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface LockedApplication {
  id: string;
  title: string;
  status: ApplicationStatus;
  version: number;
}

/**
 * Locks the application for a write that carries its version: NOT_FOUND for another förbund's,
 * CONFLICT when someone saved since the editor loaded it.
 */
export async function lockApplication(
  { tx, tenant }: TenantCtx,
  applicationId: string,
  expectedVersion: number,
): Promise<LockedApplication> {
  const [row] = await tx<LockedApplication[]>`
    select id, title, status, version from applications
    where tenant_id = ${tenant.id} and id = ${applicationId} for update`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  if (row.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'application' });
  return row;
}

/** Its fields, parties, goals, budget and attachments stay as decided once it is granted, rejected or withdrawn. */
export function refuseIfClosed(application: LockedApplication): void {
  if (closedApplicationStatuses.includes(application.status))
    throw new DomainError('CONFLICT', 'applications.closed');
}

export async function bumpApplicationVersion(
  { tx, tenant }: TenantCtx,
  applicationId: string,
): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update applications set version = version + 1
    where tenant_id = ${tenant.id} and id = ${applicationId} returning version`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  return row.version;
}

/** The parties besides the lead, as stored: the lead ticked among them counts once, as the lead. */
export const partiesBesidesLead = (fields: Pick<ApplicationFields, 'leadMemberId' | 'partyMemberIds'>) =>
  fields.partyMemberIds.filter((id) => id !== fields.leadMemberId);

/**
 * The rules that need the database, all problems at once beside their fields: the lead, the
 * parties and the local group are the förbund's own; from 'received' on the Finsam party rule
 * and the local group's remaining budget per year hold.
 */
export async function checkApplication(
  ctx: TenantCtx,
  fields: ApplicationFields,
  status: ApplicationStatus,
  applicationId: string | null,
): Promise<void> {
  const { tx, tenant } = ctx;
  const memberIds = [
    ...new Set([...fields.partyMemberIds, ...(fields.leadMemberId ? [fields.leadMemberId] : [])]),
  ];
  // A member that has left the förbund by the time the work starts (or today, without a start)
  // cannot be a party of an open application; a decided one keeps the parties it was decided with.
  const from = fields.startDate ?? todayInSweden();
  const known = await tx<{ id: string; hasLeft: boolean }[]>`
    select id, coalesce(left_on <= ${from}::date, false) as "hasLeft"
    from members where tenant_id = ${tenant.id} and id = any(${memberIds}::uuid[])`;
  const knownIds = new Set(known.map((row) => row.id));
  const leftIds = new Set(
    openForPartyCheck(status) ? known.filter((row) => row.hasLeft).map((row) => row.id) : [],
  );
  const problems: ValidationProblem[] = [];
  if (fields.leadMemberId && !knownIds.has(fields.leadMemberId))
    problems.push({ key: 'applications.memberNotFound', path: ['leadMemberId'] });
  else if (fields.leadMemberId && leftIds.has(fields.leadMemberId))
    problems.push({ key: 'applications.memberLeft', path: ['leadMemberId'] });
  if (fields.partyMemberIds.some((id) => !knownIds.has(id)))
    problems.push({ key: 'applications.memberNotFound', path: ['partyMemberIds'] });
  else if (fields.partyMemberIds.some((id) => leftIds.has(id)))
    problems.push({ key: 'applications.memberLeft', path: ['partyMemberIds'] });
  if (fields.localGroupId) {
    const [group] = await tx<{ id: string }[]>`
      select id from local_groups where tenant_id = ${tenant.id} and id = ${fields.localGroupId}`;
    if (!group) problems.push({ key: 'applications.localGroupNotFound', path: ['localGroupId'] });
    else problems.push(...(await localGroupProblems(ctx, fields, status, applicationId)));
  }
  problems.push(...finsamPartyProblems(fields, status));
  throwIfProblems('applications.invalid', problems);
}

/** Statuses whose parties must still be members: submitted, not yet decided. */
const openForPartyCheck = (status: ApplicationStatus) =>
  submittedApplicationStatuses.includes(status) && status !== 'granted' && status !== 'rejected';

/** From 'received' on: each year's request within what is left of the local group's budget. */
async function localGroupProblems(
  { tx, tenant }: TenantCtx,
  fields: ApplicationFields,
  status: ApplicationStatus,
  applicationId: string | null,
): Promise<ValidationProblem[]> {
  if (!fields.localGroupId || status === 'expected' || status === 'draft' || status === 'withdrawn')
    return [];
  if (status === 'granted' || status === 'rejected') return [];
  const years = fields.budgetYears.map((entry) => entry.year);
  // Committed: the agreement years of the group's OTHER granted applications.
  const rooms = await tx<LocalGroupYearRoom[]>`
    select y.year, y.budget_ore::float8 as "budgetOre",
           coalesce((select sum(ay.amount_ore) from application_agreement_years ay
                       join application_agreements ag on ag.tenant_id = ay.tenant_id and ag.id = ay.agreement_id
                       join applications a on a.tenant_id = ag.tenant_id and a.id = ag.application_id
                      where ay.tenant_id = y.tenant_id and ay.year = y.year and a.local_group_id = y.local_group_id
                        and a.status = 'granted' and a.id is distinct from ${applicationId}::uuid), 0)::float8
             as "committedOre"
    from local_group_years y
    where y.tenant_id = ${tenant.id} and y.local_group_id = ${fields.localGroupId}
      and y.year = any(${years}::int[])`;
  return localGroupBudgetProblems(fields.budgetYears, rooms);
}

/** The application's own columns from its fields. */
export const columnsOf = (fields: ApplicationFields) => ({
  diary_number: fields.diaryNumber,
  title: fields.title,
  kind: fields.kind,
  lead_member_id: fields.leadMemberId,
  local_group_id: fields.localGroupId,
  contact: fields.contact,
  target_group_ids: fields.targetGroupIds,
  target_group_text: fields.targetGroupText,
  need: fields.need,
  purpose: fields.purpose,
  collaboration: fields.collaboration,
  start_date: fields.startDate,
  end_date: fields.endDate,
  expected_year: fields.expectedYear,
  expected_amount_ore: fields.expectedAmountOre,
});

const goalColumns = (goal: Goal) =>
  goal.type === 'qualitative'
    ? { measure: null, target: null, targetPercent: null, comparison: null, period: null }
    : goal.type === 'count'
      ? {
          measure: goal.measure,
          target: goal.target,
          targetPercent: null,
          comparison: null,
          period: goal.period,
        }
      : {
          measure: goal.measure,
          target: null,
          targetPercent: goal.targetPercent,
          comparison: goal.comparison,
          period: goal.period,
        };

/** Replaces the parties, goals and budget years with the ones given (they are saved whole). */
export async function writeParts(
  { tx, tenant }: TenantCtx,
  applicationId: string,
  fields: ApplicationFields,
): Promise<void> {
  await tx`delete from application_parties where tenant_id = ${tenant.id} and application_id = ${applicationId}`;
  await tx`delete from application_goals where tenant_id = ${tenant.id} and application_id = ${applicationId}`;
  await tx`delete from application_budget_years where tenant_id = ${tenant.id} and application_id = ${applicationId}`;
  for (const [position, memberId] of partiesBesidesLead(fields).entries())
    await tx`
      insert into application_parties (tenant_id, application_id, member_id, position)
      values (${tenant.id}, ${applicationId}, ${memberId}, ${position})`;
  for (const [position, goal] of fields.goals.entries()) {
    const columns = goalColumns(goal);
    await tx`
      insert into application_goals (tenant_id, application_id, position, type, description, measure, target,
                                     target_percent, comparison, goal_period)
      values (${tenant.id}, ${applicationId}, ${position}, ${goal.type}, ${goal.description}, ${columns.measure},
              ${columns.target}, ${columns.targetPercent}, ${columns.comparison}, ${columns.period})`;
  }
  for (const entry of fields.budgetYears) {
    const planned = entry.plannedParticipants;
    await tx`
      insert into application_budget_years (tenant_id, application_id, year, requested_ore, own_contribution_ore,
                                            planned_total, planned_women, planned_men, planned_other_unknown)
      values (${tenant.id}, ${applicationId}, ${entry.year}, ${entry.requestedOre}, ${entry.ownContributionOre},
              ${planned?.total ?? null}, ${planned?.women ?? null}, ${planned?.men ?? null},
              ${planned?.otherUnknown ?? null})`;
  }
}
