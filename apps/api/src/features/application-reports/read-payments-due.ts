import {
  addDaysToDate,
  type Ore,
  oreFromDb,
  type PaymentKind,
  paymentsDueWithin,
  todayInSweden,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface DuePaymentRow {
  paymentId: string;
  applicationId: string;
  title: string;
  kind: PaymentKind;
  dueDate: string;
  paidDate: string | null;
  amountOre: Ore;
  isOverdue: boolean;
}

/**
 * The unpaid payments of the agreements due within `days` of today in Sweden ("Utbetalningar de
 * närmaste 60 dagarna"), with those past due and still unpaid first. Any member; scoped to the förbund.
 */
export async function readPaymentsDue(
  { tx, tenant }: TenantCtx,
  { days }: { days: number },
  today: string = todayInSweden(),
): Promise<{ today: string; until: string; rows: DuePaymentRow[] }> {
  const rows = await tx<(Omit<DuePaymentRow, 'amountOre' | 'isOverdue'> & { amount: string })[]>`
    select p.id as "paymentId", a.id as "applicationId", a.title, p.kind,
           to_char(p.due_date, 'YYYY-MM-DD') as "dueDate", to_char(p.paid_date, 'YYYY-MM-DD') as "paidDate",
           p.amount_ore as amount
    from application_payments p
    join application_agreements ag on ag.tenant_id = p.tenant_id and ag.id = p.agreement_id
    join applications a on a.tenant_id = ag.tenant_id and a.id = ag.application_id
    where p.tenant_id = ${tenant.id} and p.paid_date is null
      and p.due_date <= ${today}::date + ${days}::int
    order by p.due_date, a.title, p.position`;
  const due = paymentsDueWithin(
    rows.map(({ amount, ...row }) => ({ ...row, amountOre: oreFromDb(amount) })),
    today,
    days,
  );
  return { today, until: addDaysToDate(today, days), rows: due };
}
