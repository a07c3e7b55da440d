import { recordAudit } from '@samsyn/db';
import { DomainError, isFinalReportApproved, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { agreementState } from './agreement-rows.ts';
import { lockPaymentAt } from './payment-rows.ts';

/**
 * Marks a payment paid on a day, optionally naming the actual allocation it became once booked (an
 * allocation of the application's intervention, migration 0016). Editors, at the payment's version,
 * on a signed agreement. The final payment waits for the approved final report
 * (`agreements.finalReportNotApproved`: "Sluttrapporten ska muntligt redovisas för styrelsen innan
 * slutlikvid"); the database's trigger refuses it too, whatever path tries. Audited as
 * `applicationPayment.markPaid`.
 */
export async function markPaymentPaid(
  { tx, tenant }: TenantCtx,
  input: { paymentId: string; expectedVersion: number; paidDate: string; actualAllocationId: string | null },
): Promise<{ id: string }> {
  const { payment, agreement } = await lockPaymentAt(tx, tenant.id, input);
  if (agreement.status !== 'signed') throw new DomainError('CONFLICT', 'agreements.notSigned');
  if (payment.kind === 'final' && !isFinalReportApproved(await agreementState(tx, tenant.id, agreement)))
    throw new DomainError('CONFLICT', 'agreements.finalReportNotApproved');
  if (input.actualAllocationId !== null) {
    const [allocation] = await tx<{ id: string }[]>`
      select id from actual_allocations
      where tenant_id = ${tenant.id} and id = ${input.actualAllocationId}
        and intervention_id = ${agreement.interventionId}`;
    if (!allocation)
      throwIfProblems('agreements.invalid', [
        { key: 'agreements.allocationInvalid', path: ['actualAllocationId'] },
      ]);
  }
  await tx`
    update application_payments set paid_date = ${input.paidDate}, actual_allocation_id = ${input.actualAllocationId},
      version = version + 1
    where tenant_id = ${tenant.id} and id = ${payment.id}`;
  await recordAudit(tx, {
    action: 'applicationPayment.markPaid',
    entity: 'applicationPayment',
    entityId: payment.id,
    before: { paidDate: payment.paidDate, actualAllocationId: payment.actualAllocationId },
    after: {
      kind: payment.kind,
      amountOre: payment.amountOre,
      paidDate: input.paidDate,
      actualAllocationId: input.actualAllocationId,
    },
  });
  return { id: payment.id };
}
