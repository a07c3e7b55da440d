import { recordAudit } from '@samsyn/db';
import { DomainError, markReadyRefusal, type SectionReadiness } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReport } from './report-rows.ts';

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
  const [row] = await tx<{ version: number }[]>`
    update period_reports set status = 'ready', version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.reportId} returning version`;
  if (!row) throw new Error('period report update returned no row');
  await recordAudit(tx, {
    action: 'periodReport.markReady',
    entity: 'periodReport',
    entityId: input.reportId,
    before: { status: report.status },
    after: { status: 'ready' },
  });
  return row;
}
