import type { ApplicationKind, ApplicationStatus } from '@samsyn/domain';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/**
 * One application as the other parts of issue 22 (review, decision, agreements, reports) read it:
 * its key fields, the lead and the parties by name, the requested sum over its budget years, and
 * the decision. Amounts are öre.
 */
export interface ApplicationSummary {
  id: string;
  title: string;
  status: ApplicationStatus;
  kind: ApplicationKind;
  leadMemberId: string | null;
  leadName: string | null;
  partyMemberIds: string[];
  partyNames: string[];
  localGroupId: string | null;
  startDate: string | null;
  endDate: string | null;
  requestedOre: number;
  grantedAmountOre: number | null;
  decidedDate: string | null;
  decisionId: string | null;
  interventionId: string | null;
  version: number;
}

/** The förbund's applications (all, or those named, or those in the statuses), ordered by title. */
export async function readApplications(
  { tx, tenant }: TenantCtx,
  input: { ids?: string[]; statuses?: ApplicationStatus[] },
): Promise<ApplicationSummary[]> {
  const ids = input.ids ?? null;
  const statuses = input.statuses ?? null;
  if (ids?.length === 0 || statuses?.length === 0) return [];
  return tx<ApplicationSummary[]>`
    select a.id, a.title, a.status, a.kind, a.lead_member_id as "leadMemberId", lead.name as "leadName",
           coalesce((select array_agg(p.member_id order by p.position, m.name)
                       from application_parties p join members m on m.tenant_id = p.tenant_id and m.id = p.member_id
                      where p.tenant_id = a.tenant_id and p.application_id = a.id), '{}') as "partyMemberIds",
           coalesce((select array_agg(m.name order by p.position, m.name)
                       from application_parties p join members m on m.tenant_id = p.tenant_id and m.id = p.member_id
                      where p.tenant_id = a.tenant_id and p.application_id = a.id), '{}') as "partyNames",
           a.local_group_id as "localGroupId",
           to_char(a.start_date, 'YYYY-MM-DD') as "startDate", to_char(a.end_date, 'YYYY-MM-DD') as "endDate",
           coalesce((select sum(b.requested_ore) from application_budget_years b
                      where b.tenant_id = a.tenant_id and b.application_id = a.id), 0)::float8 as "requestedOre",
           a.granted_amount_ore::float8 as "grantedAmountOre",
           to_char(a.decided_date, 'YYYY-MM-DD') as "decidedDate", a.decision_id as "decisionId",
           a.intervention_id as "interventionId", a.version
    from applications a
    left join members lead on lead.tenant_id = a.tenant_id and lead.id = a.lead_member_id
    where a.tenant_id = ${tenant.id}
      and (${ids}::uuid[] is null or a.id = any(${ids}::uuid[]))
      and (${statuses}::text[] is null or a.status = any(${statuses}::text[]))
    order by a.title, a.id`;
}

/** One application's summary; NOT_FOUND when the förbund has none with that id. */
export async function readApplication(
  ctx: TenantCtx,
  input: { applicationId: string },
): Promise<ApplicationSummary> {
  const [summary] = await readApplications(ctx, { ids: [input.applicationId] });
  if (!summary) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'application' });
  return summary;
}
