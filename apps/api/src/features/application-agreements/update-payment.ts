import { recordAudit } from '@samsyn/db';
import { DomainError, type Payment } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { checkPlan, lockPaymentAt } from './payment-rows.ts';

/**
 * Changes a planned payment (kind, due date, amount, note) at the version the editor loaded.
 * Editors; a paid payment is unmarked first (`agreements.paymentPaid`); the plan's rules as for a
 * new one. Audited as `applicationPayment.update`.
 */
export async function updatePayment(
  { tx, tenant }: TenantCtx,
  input: Payment & { paymentId: string; expectedVersion: number },
): Promise<{ id: string }> {
  const { payment, agreement } = await lockPaymentAt(tx, tenant.id, input);
  if (payment.paidDate !== null) throw new DomainError('CONFLICT', 'agreements.paymentPaid');
  const amountOre = input.amount as number;
  await checkPlan(tx, tenant.id, agreement, { id: payment.id, kind: input.kind, amountOre });
  await tx`
    update application_payments set kind = ${input.kind}, due_date = ${input.dueDate}, amount_ore = ${amountOre},
      note = ${input.note}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${payment.id}`;
  await recordAudit(tx, {
    action: 'applicationPayment.update',
    entity: 'applicationPayment',
    entityId: payment.id,
    before: {
      kind: payment.kind,
      dueDate: payment.dueDate,
      amountOre: payment.amountOre,
      note: payment.note,
    },
    after: { kind: input.kind, dueDate: input.dueDate, amountOre, note: input.note },
  });
  return { id: payment.id };
}
