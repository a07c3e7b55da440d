import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockEditableReport } from './report-rows.ts';

/**
 * Deletes a report with its sections, texts, comments and notes; never an adopted one (the
 * board's record), nor one an item of approved minutes is about or carries as a document
 * (`periodReport.inApprovedMinutes`: the minutes are locked, and the trigger would refuse with a
 * 500). An agenda item of open minutes keeps its place without the link. Editors.
 */
export async function deleteReport(
  ctx: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<void> {
  const report = await lockEditableReport(ctx, input.reportId, input.expectedVersion);
  const [inMinutes] = await ctx.tx`
    select 1 from board_agenda_items i
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id and m.status = 'approved'
    where i.tenant_id = ${ctx.tenant.id}
      and (i.concerns_report_id = ${input.reportId}
           or exists (select 1 from board_item_documents d
                      where d.tenant_id = i.tenant_id and d.item_id = i.id and d.report_id = ${input.reportId}))
    limit 1`;
  if (inMinutes) throw new DomainError('CONFLICT', 'periodReport.inApprovedMinutes');
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
