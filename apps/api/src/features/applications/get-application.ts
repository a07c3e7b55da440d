import {
  type ApplicationKind,
  type ApplicationStatus,
  DomainError,
  type Goal,
  nextApplicationStatuses,
} from '@samsyn/domain';
import { type GoalColumns, goalOf } from '../interventions/records/goal-columns.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface ApplicationBudgetYearRecord {
  year: number;
  requestedOre: number;
  ownContributionOre: number;
  plannedParticipants: { total: number; women: number; men: number; otherUnknown: number } | null;
}

export interface ApplicationAttachmentRecord {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedByName: string | null;
  createdAt: string;
}

export interface ApplicationHistoryEntry {
  id: number;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  effectiveDate: string;
  note: string;
  decisionId: string | null;
  changedByName: string | null;
  changedAt: string;
}

export interface ApplicationRecord {
  id: string;
  diaryNumber: string;
  title: string;
  status: ApplicationStatus;
  kind: ApplicationKind;
  leadMemberId: string | null;
  /** The parties besides the lead. */
  partyMemberIds: string[];
  localGroupId: string | null;
  contact: string;
  targetGroupIds: string[];
  targetGroupText: string;
  need: string;
  purpose: string;
  collaboration: string;
  startDate: string | null;
  endDate: string | null;
  expectedYear: number | null;
  expectedAmountOre: number | null;
  proposedAmountOre: number | null;
  decisionId: string | null;
  decidedDate: string | null;
  grantedAmountOre: number | null;
  interventionId: string | null;
  isDemoEstimate: boolean;
  version: number;
}

export interface ApplicationDetail {
  application: ApplicationRecord;
  leadName: string | null;
  partyNames: string[];
  localGroupName: string | null;
  goals: Goal[];
  budgetYears: ApplicationBudgetYearRecord[];
  requestedOre: number;
  attachments: ApplicationAttachmentRecord[];
  history: ApplicationHistoryEntry[];
  /** What a plain transition may move it to now (a decision sets granted/rejected). */
  nextStatuses: ApplicationStatus[];
}

/** The application's own row; NOT_FOUND when the förbund has none with that id. */
export async function selectApplicationRecord(
  { tx, tenant }: TenantCtx,
  applicationId: string,
): Promise<ApplicationRecord> {
  const [row] = await tx<ApplicationRecord[]>`
    select a.id, a.diary_number as "diaryNumber", a.title, a.status, a.kind, a.lead_member_id as "leadMemberId",
           coalesce((select array_agg(p.member_id order by p.position) from application_parties p
                      where p.tenant_id = a.tenant_id and p.application_id = a.id), '{}') as "partyMemberIds",
           a.local_group_id as "localGroupId", a.contact, a.target_group_ids as "targetGroupIds",
           a.target_group_text as "targetGroupText", a.need, a.purpose, a.collaboration,
           to_char(a.start_date, 'YYYY-MM-DD') as "startDate", to_char(a.end_date, 'YYYY-MM-DD') as "endDate",
           a.expected_year as "expectedYear", a.expected_amount_ore::float8 as "expectedAmountOre",
           a.proposed_amount_ore::float8 as "proposedAmountOre", a.decision_id as "decisionId",
           to_char(a.decided_date, 'YYYY-MM-DD') as "decidedDate",
           a.granted_amount_ore::float8 as "grantedAmountOre", a.intervention_id as "interventionId",
           a.is_demo_estimate as "isDemoEstimate", a.version
    from applications a
    where a.tenant_id = ${tenant.id} and a.id = ${applicationId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  return row;
}

/**
 * One application with everything about it: fields, the lead and the parties by name, goals,
 * budget years with planned participants, attachments (without their bytes), the history with who
 * and when, and the statuses a plain transition may take it to. Any member may read.
 */
export async function getApplication(
  ctx: TenantCtx,
  input: { applicationId: string },
): Promise<ApplicationDetail> {
  const { tx, tenant } = ctx;
  const application = await selectApplicationRecord(ctx, input.applicationId);
  const memberIds = [application.leadMemberId, ...application.partyMemberIds].filter(
    (id): id is string => id !== null,
  );
  const [members, localGroup, goals, budgetYears, attachments, history] = await Promise.all([
    tx<{ id: string; name: string }[]>`
      select id, name from members where tenant_id = ${tenant.id} and id = any(${memberIds}::uuid[])`,
    application.localGroupId === null
      ? Promise.resolve([])
      : tx<{ name: string }[]>`
          select name from local_groups where tenant_id = ${tenant.id} and id = ${application.localGroupId}`,
    tx<GoalColumns[]>`
      select type, description, measure, target::text as target, target_percent as "targetPercent", comparison,
             goal_period as "goalPeriod"
      from application_goals where tenant_id = ${tenant.id} and application_id = ${application.id}
      order by position, id`,
    tx<
      {
        year: number;
        requestedOre: number;
        ownContributionOre: number;
        total: number | null;
        women: number | null;
        men: number | null;
        otherUnknown: number | null;
      }[]
    >`
      select year, requested_ore::float8 as "requestedOre", own_contribution_ore::float8 as "ownContributionOre",
             planned_total as total, planned_women as women, planned_men as men,
             planned_other_unknown as "otherUnknown"
      from application_budget_years where tenant_id = ${tenant.id} and application_id = ${application.id}
      order by year`,
    tx<ApplicationAttachmentRecord[]>`
      select f.id, f.title, f.file_name as "fileName", f.content_type as "contentType",
             octet_length(f.content) as size, u.name as "uploadedByName", to_char(f.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt"
      from application_attachments f left join users u on u.id = f.uploaded_by
      where f.tenant_id = ${tenant.id} and f.application_id = ${application.id}
      order by f.created_at, f.id`,
    tx<ApplicationHistoryEntry[]>`
      select c.id::int as id, c.from_status as "fromStatus", c.to_status as "toStatus",
             to_char(c.effective_date, 'YYYY-MM-DD') as "effectiveDate", c.note, c.decision_id as "decisionId",
             u.name as "changedByName", to_char(c.changed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "changedAt"
      from application_status_changes c left join users u on u.id = c.changed_by
      where c.tenant_id = ${tenant.id} and c.application_id = ${application.id}
      order by c.id`,
  ]);
  const nameOf = new Map(members.map((member) => [member.id, member.name]));
  const years = budgetYears.map(({ total, women, men, otherUnknown, ...year }) => ({
    ...year,
    plannedParticipants:
      total === null ? null : { total, women: women ?? 0, men: men ?? 0, otherUnknown: otherUnknown ?? 0 },
  }));
  return {
    application,
    leadName: application.leadMemberId === null ? null : (nameOf.get(application.leadMemberId) ?? null),
    partyNames: application.partyMemberIds.map((id) => nameOf.get(id) ?? ''),
    localGroupName: localGroup[0]?.name ?? null,
    goals: goals.map(goalOf),
    budgetYears: years,
    requestedOre: years.reduce((sum, year) => sum + year.requestedOre, 0),
    attachments,
    history,
    nextStatuses: [...nextApplicationStatuses(application.status)],
  };
}
