import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockPaymentAt } from './payment-rows.ts';

/** Undoes "paid" (a payment marked by mistake): clears the day and the booked allocation. Editors, at its version. */
export async function unmarkPaymentPaid(
  { tx, tenant }: TenantCtx,
  input: { paymentId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { payment } = await lockPaymentAt(tx, tenant.id, input);
  await tx`
    update application_payments set paid_date = null, actual_allocation_id = null, version = version + 1
    where tenant_id = ${tenant.id} and id = ${payment.id}`;
  await recordAudit(tx, {
    action: 'applicationPayment.unmarkPaid',
    entity: 'applicationPayment',
    entityId: payment.id,
    before: { paidDate: payment.paidDate, actualAllocationId: payment.actualAllocationId },
    after: { paidDate: null, actualAllocationId: null },
  });
  return { id: payment.id };
}
