import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockReportAt, refuseApproved } from './report-rows.ts';

/**
 * Records the day the report came in. Editors, at its version; an approved report keeps its day.
 * Audited as `applicationReport.submit`.
 */
export async function submitReport(
  { tx, tenant }: TenantCtx,
  input: { reportId: string; expectedVersion: number; submittedDate: string },
): Promise<{ id: string }> {
  const { report } = await lockReportAt(tx, tenant.id, input);
  refuseApproved(report);
  await tx`
    update application_reports set submitted_date = ${input.submittedDate}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${report.id}`;
  await recordAudit(tx, {
    action: 'applicationReport.submit',
    entity: 'applicationReport',
    entityId: report.id,
    before: { submittedDate: report.submittedDate },
    after: { kind: report.kind, submittedDate: input.submittedDate },
  });
  return { id: report.id };
}
