import type { ReportFrame } from '@samsyn/domain';
import type { ReportRow } from '../period-reports/report-rows.ts';
import type { TenantCtx } from '../verb-context.ts';

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
