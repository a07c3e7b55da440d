import { recordAudit, type TransactionSql } from '@samsyn/db';
import {
  type AgreementState,
  type AgreementStatus,
  DomainError,
  type GrantReportKind,
  type PaymentKind,
} from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';

/** An agreement as its verbs lock and check it: its own fields and the grant it binds. */
export interface LockedAgreement {
  id: string;
  applicationId: string;
  status: AgreementStatus;
  version: number;
  grantedOre: number;
  interventionId: string | null;
  startDate: string | null;
  endDate: string | null;
  decidedDate: string | null;
}

/**
 * Locks the agreement (FOR UPDATE, so two edits of its plan are judged one after the other) and
 * reads the grant; NOT_FOUND when this förbund has none with the id.
 */
export async function lockAgreement(tx: TransactionSql, tenantId: string, agreementId: string) {
  const [row] = await tx<LockedAgreement[]>`
    select g.id, g.application_id as "applicationId", g.status, g.version,
           coalesce(a.granted_amount_ore, 0)::float8 as "grantedOre", a.intervention_id as "interventionId",
           to_char(a.start_date, 'YYYY-MM-DD') as "startDate", to_char(a.end_date, 'YYYY-MM-DD') as "endDate",
           to_char(a.decided_date, 'YYYY-MM-DD') as "decidedDate"
    from application_agreements g
    join applications a on a.tenant_id = g.tenant_id and a.id = g.application_id
    where g.tenant_id = ${tenantId} and g.id = ${agreementId}
    for update of g`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationAgreement' });
  return row;
}

/** Every write but reading refuses a closed agreement: it is the record of a finished grant. */
export function refuseClosed(agreement: Pick<LockedAgreement, 'status'>): void {
  if (agreement.status === 'closed') throw new DomainError('CONFLICT', 'agreements.alreadyClosed');
}

/**
 * `lockAgreement` for a change of the agreement itself (its years, signing, closing, the proposed
 * plan): at the version the editor loaded (CONFLICT otherwise) and not closed, as `lockReportAt`
 * and `lockPaymentAt` are for its parts.
 */
export async function lockAgreementAt(
  tx: TransactionSql,
  tenantId: string,
  input: { agreementId: string; expectedVersion: number },
): Promise<LockedAgreement> {
  const agreement = await lockAgreement(tx, tenantId, input.agreementId);
  if (agreement.version !== input.expectedVersion) staleOrMissing('applicationAgreement', true);
  refuseClosed(agreement);
  return agreement;
}

/** Removes a locked payment or report deadline, audited as `<entity>.delete` with what it was. */
export async function deleteAgreementPart(
  tx: TransactionSql,
  tenantId: string,
  part: {
    table: 'application_payments' | 'application_reports';
    entity: 'applicationPayment' | 'applicationReport';
    row: { id: string; version: number };
  },
): Promise<{ id: string }> {
  await tx`delete from ${tx(part.table)} where tenant_id = ${tenantId} and id = ${part.row.id}`;
  const { id: _id, version: _version, ...before } = part.row;
  await recordAudit(tx, {
    action: `${part.entity}.delete`,
    entity: part.entity,
    entityId: part.row.id,
    before,
  });
  return { id: part.row.id };
}

/** The agreement's payments and reports as the domain's rules (`closeRefusal`, the final report) read them. */
export async function agreementState(
  tx: TransactionSql,
  tenantId: string,
  agreement: Pick<LockedAgreement, 'id' | 'status' | 'grantedOre'>,
): Promise<
  AgreementState & {
    payments: { id: string; kind: PaymentKind; amountOre: number; paidDate: string | null }[];
  }
> {
  const payments = await tx<{ id: string; kind: PaymentKind; amountOre: number; paidDate: string | null }[]>`
    select id, kind, amount_ore::float8 as "amountOre", to_char(paid_date, 'YYYY-MM-DD') as "paidDate"
    from application_payments where tenant_id = ${tenantId} and agreement_id = ${agreement.id}`;
  const reports = await tx<{ kind: GrantReportKind; approvedDate: string | null }[]>`
    select kind, to_char(approved_date, 'YYYY-MM-DD') as "approvedDate"
    from application_reports where tenant_id = ${tenantId} and agreement_id = ${agreement.id}`;
  return { status: agreement.status, grantedOre: agreement.grantedOre, payments, reports };
}

/** Raises the agreement's version: its plan changed, so an editor holding the old one reloads. */
export async function bumpAgreement(tx: TransactionSql, tenantId: string, agreementId: string) {
  await tx`update application_agreements set version = version + 1 where tenant_id = ${tenantId} and id = ${agreementId}`;
}
