import { DomainError, diffReportDocuments, type SectionDifference } from '@samsyn/domain';
import { loadReport } from '../period-reports/report-rows.ts';
import { buildLiveDocument, readReportDocument } from '../report-content/read-report-document.ts';
import type { TenantCtx } from '../verb-context.ts';

/**
 * "Ändrat efter fastställande": what differs between the adopted snapshot and the report built
 * live from today's data, per section ([] when nothing changed). CONFLICT
 * `reportWorkflow.notAdopted` before adoption. Any member.
 */
export async function listDifferences(
  ctx: TenantCtx,
  input: { reportId: string },
): Promise<SectionDifference[]> {
  const report = await loadReport(ctx, input.reportId);
  if (report.status !== 'adopted') throw new DomainError('CONFLICT', 'reportWorkflow.notAdopted');
  const adopted = await readReportDocument(ctx, { reportId: input.reportId, version: 'adopted' });
  return diffReportDocuments(adopted, await buildLiveDocument(ctx, input.reportId));
}
