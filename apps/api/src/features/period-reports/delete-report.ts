import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockEditableReport } from './report-rows.ts';

/**
 * Deletes a report with its sections, texts, comments and notes; never an adopted one (the
 * board's record). A board agenda item about it keeps its place without the link. Editors.
 */
export async function deleteReport(
  ctx: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<void> {
  const report = await lockEditableReport(ctx, input.reportId, input.expectedVersion);
  await ctx.tx`delete from period_reports where tenant_id = ${ctx.tenant.id} and id = ${input.reportId}`;
  await recordAudit(ctx.tx, {
    action: 'periodReport.delete',
    entity: 'periodReport',
    entityId: input.reportId,
    before: {
      kind: report.kind,
      title: report.title,
      periodStart: report.periodStart,
      periodEnd: report.periodEnd,
      status: report.status,
    },
  });
}
