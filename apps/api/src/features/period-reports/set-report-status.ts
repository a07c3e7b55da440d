import { recordAudit } from '@samsyn/db';
import type { ReportStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import type { LockedReport } from './report-rows.ts';

/**
 * Moves a locked report to `status` (ready for the board, back to draft), its version moving on,
 * with the audit entry `action`. The caller has locked it and checked that it may move.
 */
export async function setReportStatus(
  { tx, tenant }: TenantCtx,
  report: LockedReport,
  status: ReportStatus,
  action: string,
): Promise<{ version: number }> {
  const [row] = await tx<{ version: number }[]>`
    update period_reports set status = ${status}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${report.id} returning version`;
  if (!row) throw new Error('period report update returned no row');
  await recordAudit(tx, {
    action,
    entity: 'periodReport',
    entityId: report.id,
    before: { status: report.status },
    after: { status },
  });
  return row;
}
