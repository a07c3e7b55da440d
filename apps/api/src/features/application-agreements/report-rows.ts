import type { TransactionSql } from '@samsyn/db';
import { DomainError, type GrantReportKind, throwIfProblems } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { type LockedAgreement, lockAgreement, refuseClosed } from './agreement-rows.ts';

export interface LockedReport {
  id: string;
  agreementId: string;
  kind: GrantReportKind;
  dueDate: string;
  submittedDate: string | null;
  approvedDate: string | null;
  approvedDecisionId: string | null;
  note: string;
  version: number;
}

/** A report deadline with its agreement, both locked; NOT_FOUND when this förbund has none with the id. */
export async function lockReport(
  tx: TransactionSql,
  tenantId: string,
  reportId: string,
): Promise<{ report: LockedReport; agreement: LockedAgreement }> {
  const [found] = await tx<{ agreementId: string }[]>`
    select agreement_id as "agreementId" from application_reports where tenant_id = ${tenantId} and id = ${reportId}`;
  if (!found) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationReport' });
  const agreement = await lockAgreement(tx, tenantId, found.agreementId);
  const [report] = await tx<LockedReport[]>`
    select id, agreement_id as "agreementId", kind, to_char(due_date, 'YYYY-MM-DD') as "dueDate",
           to_char(submitted_date, 'YYYY-MM-DD') as "submittedDate", to_char(approved_date, 'YYYY-MM-DD') as "approvedDate",
           approved_decision_id as "approvedDecisionId", note, version
    from application_reports where tenant_id = ${tenantId} and id = ${reportId} for update`;
  if (!report) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationReport' });
  return { report, agreement };
}

/** `lockReport` for a change: the report at the version the editor loaded, its agreement not closed. */
export async function lockReportAt(
  tx: TransactionSql,
  tenantId: string,
  input: { reportId: string; expectedVersion: number },
): Promise<{ report: LockedReport; agreement: LockedAgreement }> {
  const locked = await lockReport(tx, tenantId, input.reportId);
  if (locked.report.version !== input.expectedVersion) staleOrMissing('applicationReport', true);
  refuseClosed(locked.agreement);
  return locked;
}

/** An approved report is the record the final payment rests on: it is no longer changed or removed. */
export function refuseApproved(report: Pick<LockedReport, 'approvedDate'>): void {
  if (report.approvedDate !== null) throw new DomainError('CONFLICT', 'agreements.reportApproved');
}

/** One final report per agreement (the unique index is the backstop), named beside the kind. */
export async function checkOneFinal(
  tx: TransactionSql,
  tenantId: string,
  agreementId: string,
  report: { id: string | null; kind: GrantReportKind },
): Promise<void> {
  if (report.kind !== 'final') return;
  const [other] = await tx<{ id: string }[]>`
    select id from application_reports
    where tenant_id = ${tenantId} and agreement_id = ${agreementId} and kind = 'final' and id is distinct from ${report.id}::uuid`;
  if (other) throwIfProblems('agreements.invalid', [{ key: 'agreements.finalReportExists', path: ['kind'] }]);
}
