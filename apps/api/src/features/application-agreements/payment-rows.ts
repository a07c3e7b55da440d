import type { TransactionSql } from '@samsyn/db';
import { DomainError, type PaymentKind, paymentsOverGrant, throwIfProblems } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import { type LockedAgreement, lockAgreement, refuseClosed } from './agreement-rows.ts';
import { kr } from './years-bind-grant.ts';

export interface LockedPayment {
  id: string;
  agreementId: string;
  kind: PaymentKind;
  dueDate: string;
  amountOre: number;
  paidDate: string | null;
  actualAllocationId: string | null;
  note: string;
  version: number;
}

/**
 * A payment with its agreement, both locked; NOT_FOUND when this förbund has no such payment (so a
 * probe with another förbund's id learns nothing, not even that the final report is unapproved).
 */
export async function lockPayment(
  tx: TransactionSql,
  tenantId: string,
  paymentId: string,
): Promise<{ payment: LockedPayment; agreement: LockedAgreement }> {
  const [found] = await tx<{ agreementId: string }[]>`
    select agreement_id as "agreementId" from application_payments where tenant_id = ${tenantId} and id = ${paymentId}`;
  if (!found) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationPayment' });
  const agreement = await lockAgreement(tx, tenantId, found.agreementId);
  const [payment] = await tx<LockedPayment[]>`
    select id, agreement_id as "agreementId", kind, to_char(due_date, 'YYYY-MM-DD') as "dueDate",
           amount_ore::float8 as "amountOre", to_char(paid_date, 'YYYY-MM-DD') as "paidDate",
           actual_allocation_id as "actualAllocationId", note, version
    from application_payments where tenant_id = ${tenantId} and id = ${paymentId} for update`;
  if (!payment) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationPayment' });
  return { payment, agreement };
}

/** `lockPayment` for a change: the payment at the version the editor loaded, its agreement not closed. */
export async function lockPaymentAt(
  tx: TransactionSql,
  tenantId: string,
  input: { paymentId: string; expectedVersion: number },
): Promise<{ payment: LockedPayment; agreement: LockedAgreement }> {
  const locked = await lockPayment(tx, tenantId, input.paymentId);
  if (locked.payment.version !== input.expectedVersion) staleOrMissing('applicationPayment', true);
  refuseClosed(locked.agreement);
  return locked;
}

/**
 * The plan's rules for a new or changed payment: one final payment per agreement (beside the kind)
 * and all payments within the grant (`agreements.paymentsExceedGrant` quoting how much over).
 */
export async function checkPlan(
  tx: TransactionSql,
  tenantId: string,
  agreement: Pick<LockedAgreement, 'id' | 'grantedOre'>,
  payment: { id: string | null; kind: PaymentKind; amountOre: number },
): Promise<void> {
  const others = await tx<{ kind: PaymentKind; amountOre: number }[]>`
    select kind, amount_ore::float8 as "amountOre" from application_payments
    where tenant_id = ${tenantId} and agreement_id = ${agreement.id} and id is distinct from ${payment.id}::uuid`;
  if (payment.kind === 'final' && others.some((other) => other.kind === 'final'))
    throwIfProblems('agreements.invalid', [{ key: 'agreements.finalPaymentExists', path: ['kind'] }]);
  const over = paymentsOverGrant([...others, payment], agreement.grantedOre);
  if (over > 0)
    throw new DomainError('INVALID', 'agreements.paymentsExceedGrant', {
      over: kr(over),
      granted: kr(agreement.grantedOre),
    });
}
