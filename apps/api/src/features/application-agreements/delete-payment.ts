import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { refuseClosed } from './agreement-rows.ts';
import { lockPayment } from './payment-rows.ts';

/** Removes a payment not yet paid from the plan. Editors, at its version; audited as `applicationPayment.delete`. */
export async function deletePayment(
  { tx, tenant }: TenantCtx,
  input: { paymentId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { payment, agreement } = await lockPayment(tx, tenant.id, input.paymentId);
  if (payment.version !== input.expectedVersion) staleOrMissing('applicationPayment', true);
  refuseClosed(agreement);
  if (payment.paidDate !== null) throw new DomainError('CONFLICT', 'agreements.paymentPaid');
  await tx`delete from application_payments where tenant_id = ${tenant.id} and id = ${payment.id}`;
  const { id: _id, version: _version, ...before } = payment;
  await recordAudit(tx, {
    action: 'applicationPayment.delete',
    entity: 'applicationPayment',
    entityId: payment.id,
    before,
  });
  return { id: payment.id };
}
