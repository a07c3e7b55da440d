import { recordAudit } from '@samsyn/db';
import { DomainError, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReportAt, refuseApproved } from './report-rows.ts';

/**
 * Approves a submitted report on a day, optionally naming the board decision it was approved by
 * (the final report "muntligt redovisas för styrelsen"; a decision of this förbund's register).
 * Admins only, at its version; approving the final report lets the final payment be marked paid.
 * Audited as `applicationReport.approve`.
 */
export async function approveReport(
  { tx, tenant, actor }: TenantCtx,
  input: { reportId: string; expectedVersion: number; approvedDate: string; decisionId: string | null },
): Promise<{ id: string }> {
  const { report } = await lockReportAt(tx, tenant.id, input);
  refuseApproved(report);
  if (report.submittedDate === null) throw new DomainError('CONFLICT', 'agreements.reportNotSubmitted');
  if (input.decisionId !== null) {
    const [decision] = await tx<{ id: string }[]>`
      select id from board_decisions where tenant_id = ${tenant.id} and id = ${input.decisionId}`;
    if (!decision)
      throwIfProblems('agreements.invalid', [{ key: 'agreements.decisionInvalid', path: ['decisionId'] }]);
  }
  await tx`
    update application_reports set approved_date = ${input.approvedDate}, approved_by = ${actor.userId},
      approved_decision_id = ${input.decisionId}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${report.id}`;
  await recordAudit(tx, {
    action: 'applicationReport.approve',
    entity: 'applicationReport',
    entityId: report.id,
    after: { kind: report.kind, approvedDate: input.approvedDate, decisionId: input.decisionId },
  });
  return { id: report.id };
}
