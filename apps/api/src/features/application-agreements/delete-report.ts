import type { TenantCtx } from '../verb-context.ts';
import { deleteAgreementPart } from './agreement-rows.ts';
import { lockReportAt, refuseApproved } from './report-rows.ts';

/** Removes a report deadline not yet approved. Editors, at its version; audited as `applicationReport.delete`. */
export async function deleteReport(
  { tx, tenant }: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { report } = await lockReportAt(tx, tenant.id, input);
  refuseApproved(report);
  return deleteAgreementPart(tx, tenant.id, {
    table: 'application_reports',
    entity: 'applicationReport',
    row: report,
  });
}
