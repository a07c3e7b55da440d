import { loadReport } from '../period-reports/report-rows.ts';
import type { TenantCtx } from '../verb-context.ts';

export interface AdoptableDecision {
  decisionId: string;
  /** "Förbundsstyrelsen 2019-08-23 § 5". */
  label: string;
  title: string;
  meetingDate: string;
  /** Its agenda item is about this report (the meeting page linked them). */
  concernsThisReport: boolean;
}

/**
 * The decisions Fastställ may link: the register's decisions of the kind 'report' that have not
 * adopted another report, newest meeting first (those whose item concerns this report first among
 * a meeting's). NOT_FOUND for another förbund's report. Admins.
 */
export async function listAdoptableDecisions(
  ctx: TenantCtx,
  input: { reportId: string },
): Promise<AdoptableDecision[]> {
  const { tx, tenant } = ctx;
  const report = await loadReport(ctx, input.reportId);
  return tx<AdoptableDecision[]>`
    select d.id as "decisionId",
      b.name || ' ' || to_char(m.meeting_date, 'YYYY-MM-DD') || coalesce(' § ' || i.paragraph, '') as label,
      d.title, to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate",
      coalesce(i.concerns_report_id = ${report.id}, false) as "concernsThisReport"
    from board_decisions d
    join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
    where d.tenant_id = ${tenant.id} and d.kind = 'report'
      and not exists (
        select 1 from period_reports r
        where r.tenant_id = d.tenant_id and r.adopted_decision_id = d.id and r.id <> ${report.id})
    order by m.meeting_date desc, (i.concerns_report_id = ${report.id}) desc nulls last,
      i.paragraph desc nulls last, d.created_at desc`;
}
