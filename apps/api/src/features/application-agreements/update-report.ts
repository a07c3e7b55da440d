import { recordAudit } from '@samsyn/db';
import type { GrantReportKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { checkOneFinal, lockReportAt, refuseApproved } from './report-rows.ts';

/**
 * Changes a report deadline (kind, due date, note) at its version. Editors; an approved report is
 * not changed (`agreements.reportApproved`). Audited as `applicationReport.update`.
 */
export async function updateReport(
  { tx, tenant }: TenantCtx,
  input: { reportId: string; expectedVersion: number; kind: GrantReportKind; dueDate: string; note: string },
): Promise<{ id: string }> {
  const { report, agreement } = await lockReportAt(tx, tenant.id, input);
  refuseApproved(report);
  await checkOneFinal(tx, tenant.id, agreement.id, { id: report.id, kind: input.kind });
  await tx`
    update application_reports set kind = ${input.kind}, due_date = ${input.dueDate}, note = ${input.note},
      version = version + 1
    where tenant_id = ${tenant.id} and id = ${report.id}`;
  await recordAudit(tx, {
    action: 'applicationReport.update',
    entity: 'applicationReport',
    entityId: report.id,
    before: { kind: report.kind, dueDate: report.dueDate, note: report.note },
    after: { kind: input.kind, dueDate: input.dueDate, note: input.note },
  });
  return { id: report.id };
}
