import { DomainError, type ReportFrame, type ReportKind, type ReportStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** A report's own row as every report verb reads it. */
export interface ReportRow {
  id: string;
  kind: ReportKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string | null;
  status: ReportStatus;
  planId: string | null;
  adoptedDecisionId: string | null;
  adoptedOn: string | null;
  version: number;
}

/** The report, or NOT_FOUND (another förbund's id looks exactly like a missing one). */
export async function loadReport({ tx, tenant }: TenantCtx, reportId: string): Promise<ReportRow> {
  const [row] = await tx<ReportRow[]>`
    select id, kind, title, to_char(period_start, 'YYYY-MM-DD') as "periodStart",
      to_char(period_end, 'YYYY-MM-DD') as "periodEnd", to_char(deadline, 'YYYY-MM-DD') as deadline,
      status, plan_id as "planId", adopted_decision_id as "adoptedDecisionId",
      to_char(adopted_on, 'YYYY-MM-DD') as "adoptedOn", version
    from period_reports where tenant_id = ${tenant.id} and id = ${reportId}`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound');
  return row;
}

/** What the generators know about the report. */
export const frameOf = (ctx: TenantCtx, report: ReportRow): ReportFrame => ({
  reportId: report.id,
  kind: report.kind,
  periodStart: report.periodStart,
  periodEnd: report.periodEnd,
  planId: report.planId,
  adoptedOn: report.adoptedOn,
  tenantName: ctx.tenant.name,
});
