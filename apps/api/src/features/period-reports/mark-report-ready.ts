import { DomainError, markReadyRefusal, type SectionReadiness } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReport } from './report-rows.ts';
import { setReportStatus } from './set-report-status.ts';

/**
 * Marks a draft report ready for the board's decision, when every enabled section is marked
 * ready (CONFLICT `periodReport.sectionsNotReady` with how many are left, otherwise). Editors.
 */
export async function markReportReady(
  ctx: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const report = await lockReport(ctx, input.reportId, input.expectedVersion);
  const sections = await tx<SectionReadiness[]>`
    select enabled, ready_at as "readyAt" from period_report_sections
    where tenant_id = ${tenant.id} and report_id = ${input.reportId}`;
  const refusal = markReadyRefusal(report.status, sections);
  if (refusal === 'periodReport.sectionsNotReady') {
    const left = sections.filter((section) => section.enabled && section.readyAt === null).length;
    throw new DomainError('CONFLICT', refusal, { count: left });
  }
  if (refusal) throw new DomainError('CONFLICT', refusal);
  return setReportStatus(ctx, report, 'ready', 'periodReport.markReady');
}
