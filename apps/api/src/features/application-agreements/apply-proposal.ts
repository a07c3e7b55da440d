import { recordAudit } from '@samsyn/db';
import { DomainError, proposePaymentPlan, proposeReportDeadlines } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { bumpAgreement, lockAgreementAt } from './agreement-rows.ts';

/**
 * Fills an EMPTY plan with the proposals: payments (`proposePaymentPlan`, following the commitment
 * per year) and report deadlines (`proposeReportDeadlines`) over the application's period — its
 * start and end, or the decision's year when it gave none. Editors, at the agreement's version;
 * `agreements.planNotEmpty` when a payment or report exists (a proposal never overwrites work).
 * One audit entry `applicationAgreement.update` lists what was added.
 */
export async function applyProposal(
  { tx, tenant }: TenantCtx,
  input: { agreementId: string; expectedVersion: number },
): Promise<{ id: string; payments: number; reports: number }> {
  const agreement = await lockAgreementAt(tx, tenant.id, input);
  const [existing] = await tx<{ count: number }[]>`
    select ((select count(*) from application_payments where tenant_id = ${tenant.id} and agreement_id = ${agreement.id})
          + (select count(*) from application_reports where tenant_id = ${tenant.id} and agreement_id = ${agreement.id}))::int
           as count`;
  if ((existing?.count ?? 0) > 0) throw new DomainError('CONFLICT', 'agreements.planNotEmpty');
  const years = await tx<{ year: number; amountOre: number }[]>`
    select year, amount_ore::float8 as "amountOre" from application_agreement_years
    where tenant_id = ${tenant.id} and agreement_id = ${agreement.id} order by year`;
  const fallbackYear = years[0]?.year ?? Number((agreement.decidedDate ?? '2000').slice(0, 4));
  const startDate = agreement.startDate ?? `${fallbackYear}-01-01`;
  const endDate = agreement.endDate ?? `${years.at(-1)?.year ?? fallbackYear}-12-31`;
  const payments = proposePaymentPlan(agreement.grantedOre, startDate, endDate, years);
  const reports = proposeReportDeadlines(startDate, endDate);
  for (const [position, payment] of payments.entries())
    await tx`insert into application_payments (tenant_id, agreement_id, position, kind, due_date, amount_ore)
             values (${tenant.id}, ${agreement.id}, ${position}, ${payment.kind}, ${payment.dueDate}, ${payment.amountOre})`;
  for (const report of reports)
    await tx`insert into application_reports (tenant_id, agreement_id, kind, due_date)
             values (${tenant.id}, ${agreement.id}, ${report.kind}, ${report.dueDate})`;
  await bumpAgreement(tx, tenant.id, agreement.id);
  await recordAudit(tx, {
    action: 'applicationAgreement.update',
    entity: 'applicationAgreement',
    entityId: agreement.id,
    after: { proposedPayments: payments, proposedReports: reports },
  });
  return { id: agreement.id, payments: payments.length, reports: reports.length };
}
