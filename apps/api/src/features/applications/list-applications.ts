import type { ApplicationStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import type { ApplicationRecord } from './get-application.ts';

/** A row of the pipeline: the application's own fields it shows, and the names and sum it adds. */
export interface ApplicationListItem
  extends Pick<
    ApplicationRecord,
    | 'id'
    | 'diaryNumber'
    | 'title'
    | 'status'
    | 'kind'
    | 'leadMemberId'
    | 'localGroupId'
    | 'startDate'
    | 'endDate'
    | 'expectedYear'
    | 'expectedAmountOre'
    | 'proposedAmountOre'
    | 'grantedAmountOre'
    | 'decidedDate'
    | 'isDemoEstimate'
    | 'version'
  > {
  leadName: string | null;
  partyNames: string[];
  localGroupName: string | null;
  /** Öre: the sum over the budget years (beside the expected sum of an idea, the proposal, the grant). */
  requestedOre: number;
}

export interface ApplicationListFilter {
  /** An application belongs to a year by its start, its expected year or its decision. */
  year?: number;
  statuses?: ApplicationStatus[];
  localGroupId?: string;
}

/** The förbund's applications for the pipeline, by title, with the filters applied. Any member may read. */
export async function listApplications(
  { tx, tenant }: TenantCtx,
  input: ApplicationListFilter,
): Promise<ApplicationListItem[]> {
  const year = input.year ?? null;
  const statuses = input.statuses && input.statuses.length > 0 ? input.statuses : null;
  const localGroupId = input.localGroupId ?? null;
  return tx<ApplicationListItem[]>`
    select a.id, a.diary_number as "diaryNumber", a.title, a.status, a.kind, a.lead_member_id as "leadMemberId",
           lead.name as "leadName",
           coalesce((select array_agg(m.name order by p.position, m.name)
                       from application_parties p join members m on m.tenant_id = p.tenant_id and m.id = p.member_id
                      where p.tenant_id = a.tenant_id and p.application_id = a.id), '{}') as "partyNames",
           a.local_group_id as "localGroupId", g.name as "localGroupName",
           to_char(a.start_date, 'YYYY-MM-DD') as "startDate", to_char(a.end_date, 'YYYY-MM-DD') as "endDate",
           a.expected_year as "expectedYear",
           coalesce((select sum(b.requested_ore) from application_budget_years b
                      where b.tenant_id = a.tenant_id and b.application_id = a.id), 0)::float8 as "requestedOre",
           a.expected_amount_ore::float8 as "expectedAmountOre", a.proposed_amount_ore::float8 as "proposedAmountOre",
           a.granted_amount_ore::float8 as "grantedAmountOre", to_char(a.decided_date, 'YYYY-MM-DD') as "decidedDate",
           a.is_demo_estimate as "isDemoEstimate", a.version
    from applications a
    left join members lead on lead.tenant_id = a.tenant_id and lead.id = a.lead_member_id
    left join local_groups g on g.tenant_id = a.tenant_id and g.id = a.local_group_id
    where a.tenant_id = ${tenant.id}
      and (${year}::int is null or extract(year from a.start_date) = ${year}::int or a.expected_year = ${year}::int
           or extract(year from a.decided_date) = ${year}::int)
      and (${statuses}::text[] is null or a.status = any(${statuses}::text[]))
      and (${localGroupId}::uuid is null or a.local_group_id = ${localGroupId}::uuid)
    order by a.title, a.id`;
}
