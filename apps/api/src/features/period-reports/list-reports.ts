import type { ReportKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import type { ReportRow } from './report-rows.ts';

export interface ReportListRow
  extends Pick<
    ReportRow,
    'id' | 'kind' | 'title' | 'periodStart' | 'periodEnd' | 'deadline' | 'status' | 'adoptedOn' | 'version'
  > {
  /** Enabled sections, and how many of them are marked ready (the list's progress). */
  sectionCount: number;
  readyCount: number;
}

/** The förbund's period reports (of one kind, if given), newest period first. Any member. */
export async function listReports(
  { tx, tenant }: TenantCtx,
  input: { kind?: ReportKind | undefined },
): Promise<ReportListRow[]> {
  return tx<ReportListRow[]>`
    select r.id, r.kind, r.title, to_char(r.period_start, 'YYYY-MM-DD') as "periodStart",
      to_char(r.period_end, 'YYYY-MM-DD') as "periodEnd", to_char(r.deadline, 'YYYY-MM-DD') as deadline,
      r.status, to_char(r.adopted_on, 'YYYY-MM-DD') as "adoptedOn",
      count(s.id) filter (where s.enabled)::int as "sectionCount",
      count(s.id) filter (where s.enabled and s.ready_at is not null)::int as "readyCount",
      r.version
    from period_reports r
    left join period_report_sections s on s.tenant_id = r.tenant_id and s.report_id = r.id
    where r.tenant_id = ${tenant.id} ${input.kind === undefined ? tx`` : tx`and r.kind = ${input.kind}`}
    group by r.tenant_id, r.id
    order by r.period_end desc, r.period_start desc, r.kind, r.created_at desc`;
}
