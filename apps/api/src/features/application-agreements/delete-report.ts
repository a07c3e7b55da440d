import { recordAudit } from '@samsyn/db';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { refuseClosed } from './agreement-rows.ts';
import { lockReport, refuseApproved } from './report-rows.ts';

/** Removes a report deadline not yet approved. Editors, at its version; audited as `applicationReport.delete`. */
export async function deleteReport(
  { tx, tenant }: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { report, agreement } = await lockReport(tx, tenant.id, input.reportId);
  if (report.version !== input.expectedVersion) staleOrMissing('applicationReport', true);
  refuseClosed(agreement);
  refuseApproved(report);
  await tx`delete from application_reports where tenant_id = ${tenant.id} and id = ${report.id}`;
  const { id: _id, version: _version, ...before } = report;
  await recordAudit(tx, {
    action: 'applicationReport.delete',
    entity: 'applicationReport',
    entityId: report.id,
    before,
  });
  return { id: report.id };
}
