import { DomainError, reopenRefusal } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReport } from './report-rows.ts';
import { setReportStatus } from './set-report-status.ts';

/** Takes a report marked ready back to draft (the sections keep their marks). Editors. */
export async function reopenReport(
  ctx: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const report = await lockReport(ctx, input.reportId, input.expectedVersion);
  const refusal = reopenRefusal(report.status);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  return setReportStatus(ctx, report, 'draft', 'periodReport.reopen');
}
