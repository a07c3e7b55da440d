import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { deleteAgreementPart } from './agreement-rows.ts';
import { lockPaymentAt } from './payment-rows.ts';

/** Removes a payment not yet paid from the plan. Editors, at its version; audited as `applicationPayment.delete`. */
export async function deletePayment(
  { tx, tenant }: TenantCtx,
  input: { paymentId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { payment } = await lockPaymentAt(tx, tenant.id, input);
  if (payment.paidDate !== null) throw new DomainError('CONFLICT', 'agreements.paymentPaid');
  return deleteAgreementPart(tx, tenant.id, {
    table: 'application_payments',
    entity: 'applicationPayment',
    row: payment,
  });
}
