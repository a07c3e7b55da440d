import { recordAudit } from '@samsyn/db';
import type { ReportStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/**
 * Moves a locked report from `from` to `to` (ready for the board, back to draft), its version
 * moving on, with the audit entry `action`. The caller has locked it and checked the move.
 */
export async function setReportStatus(
  { tx, tenant }: TenantCtx,
  report: { reportId: string; from: ReportStatus; to: ReportStatus; action: string },
): Promise<{ version: number }> {
  const [row] = await tx<{ version: number }[]>`
    update period_reports set status = ${report.to}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${report.reportId} returning version`;
  if (!row) throw new Error('period report update returned no row');
  await recordAudit(tx, {
    action: report.action,
    entity: 'periodReport',
    entityId: report.reportId,
    before: { status: report.from },
    after: { status: report.to },
  });
  return row;
}
