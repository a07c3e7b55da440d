import { recordAudit } from '@samsyn/db';
import type { Payment } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockAgreement, refuseClosed } from './agreement-rows.ts';
import { checkPlan } from './payment-rows.ts';

/**
 * Adds a payment to the agreement's plan (last in order). Editors; one final payment per agreement,
 * all within the grant; refused once closed. Audited as `applicationPayment.create`.
 */
export async function createPayment(
  { tx, tenant }: TenantCtx,
  input: Payment & { agreementId: string },
): Promise<{ id: string }> {
  const agreement = await lockAgreement(tx, tenant.id, input.agreementId);
  refuseClosed(agreement);
  const amountOre = input.amount as number;
  await checkPlan(tx, tenant.id, agreement, { id: null, kind: input.kind, amountOre });
  const [row] = await tx<{ id: string }[]>`
    insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore, note)
    values (${tenant.id}, ${agreement.id},
            (select coalesce(max(position) + 1, 0) from application_payments
              where tenant_id = ${tenant.id} and agreement_id = ${agreement.id}),
            ${input.kind}, ${input.dueDate}, ${amountOre}, ${input.note})
    returning id`;
  if (!row) throw new Error('payment insert returned no row');
  await recordAudit(tx, {
    action: 'applicationPayment.create',
    entity: 'applicationPayment',
    entityId: row.id,
    after: {
      agreementId: agreement.id,
      kind: input.kind,
      dueDate: input.dueDate,
      amountOre,
      note: input.note,
    },
  });
  return row;
}
