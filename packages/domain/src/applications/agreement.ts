import { z } from 'zod';
import { allocateByWeight } from '../interventions/allocate-by-weight.ts';
import { nonNegativeKronorTextSchema } from '../money/money-schemas.ts';
import type { Ore } from '../money/ore.ts';
import { multiLineText, optionalText } from '../text.ts';
import { grantReportKinds, paymentKinds } from './application-enums.ts';

/**
 * The funding agreement of a granted application (issue 22, point 5): the commitment per year, the
 * payment plan and the report deadlines, and the rules that hold them to the grant. Each schema
 * message is a stable key under `agreements.*`, shown in Swedish beside its field; each rule names a
 * `ReasonKey` the verbs throw with the figures its sentence quotes.
 */

const isoDate = (key: string) => z.iso.date({ error: key });
const note = (max: number) => optionalText(multiLineText, max, 'agreements.noteTooLong');
/** '' and null: none; otherwise an id. */
const optionalId = (key: string) =>
  z.union([z.literal('').transform(() => null), z.null(), z.uuid({ error: key })], { error: key });

/** One year's commitment, in kronor as typed ("550 000"). */
export const agreementYearSchema = z.object({
  year: z.coerce
    .number({ error: 'agreements.yearInvalid' })
    .int('agreements.yearInvalid')
    .min(2000, 'agreements.yearInvalid')
    .max(2100, 'agreements.yearInvalid'),
  amount: nonNegativeKronorTextSchema,
});

/** The agreement's own edit: the commitment per year and the note. */
export const agreementEditSchema = z
  .object({
    years: z
      .array(agreementYearSchema, { error: 'agreements.yearsRequired' })
      .min(1, 'agreements.yearsRequired')
      .max(20, 'agreements.yearsRequired'),
    note: note(5000),
  })
  .superRefine((edit, ctx) => {
    const seen = new Set<number>();
    edit.years.forEach((row, index) => {
      if (seen.has(row.year))
        ctx.addIssue({ code: 'custom', message: 'agreements.yearDuplicate', path: ['years', index, 'year'] });
      seen.add(row.year);
    });
  });
export type AgreementEditInput = z.input<typeof agreementEditSchema>;
export type AgreementEdit = z.output<typeof agreementEditSchema>;

/** A payment of the plan: advance, tranche or the final payment (slutlikvid). */
export const paymentSchema = z.object({
  kind: z.enum(paymentKinds, { error: 'agreements.kindInvalid' }),
  dueDate: isoDate('agreements.dateInvalid'),
  amount: nonNegativeKronorTextSchema.refine((value) => value > 0, { message: 'agreements.amountPositive' }),
  note: note(2000),
});
export type PaymentInput = z.input<typeof paymentSchema>;
export type Payment = z.output<typeof paymentSchema>;

/** Marking a payment paid: the day, and the actual allocation it became once booked, if any. */
export const markPaidSchema = z.object({
  paidDate: isoDate('agreements.dateInvalid'),
  actualAllocationId: optionalId('agreements.allocationInvalid'),
});
export type MarkPaidInput = z.input<typeof markPaidSchema>;

/** A report deadline: an interim report or the final report (slutrapport). */
export const reportDeadlineSchema = z.object({
  kind: z.enum(grantReportKinds, { error: 'agreements.kindInvalid' }),
  dueDate: isoDate('agreements.dateInvalid'),
  note: note(2000),
});
export type ReportDeadlineInput = z.input<typeof reportDeadlineSchema>;

export const signAgreementSchema = z.object({ signedDate: isoDate('agreements.dateInvalid') });
export const submitReportSchema = z.object({ submittedDate: isoDate('agreements.dateInvalid') });
/** Approving a report: the day, and the board's decision if it was approved at a meeting. */
export const approveReportSchema = z.object({
  approvedDate: isoDate('agreements.dateInvalid'),
  decisionId: optionalId('agreements.decisionInvalid'),
});

const sum = (amounts: readonly number[]) => amounts.reduce((total, amount) => total + amount, 0);

/** The commitment per year must bind exactly the grant: the difference (sum − grant), 0 when it does. */
export function yearsDifference(years: readonly { amountOre: number }[], grantedOre: number): number {
  return sum(years.map((row) => row.amountOre)) - grantedOre;
}

/** What the payments plan beyond the grant (0 when within it). */
export function paymentsOverGrant(payments: readonly { amountOre: number }[], grantedOre: number): number {
  return Math.max(0, sum(payments.map((row) => row.amountOre)) - grantedOre);
}

/** The state the payment and closing rules look at. */
export interface AgreementState {
  status: 'draft' | 'signed' | 'closed';
  grantedOre: number;
  payments: readonly { kind: string; amountOre: number; paidDate: string | null }[];
  reports: readonly { kind: string; approvedDate: string | null }[];
}

/** "Sluttrapporten ska muntligt redovisas för styrelsen innan slutlikvid" (Härnösand-Timrå). */
export function isFinalReportApproved(state: Pick<AgreementState, 'reports'>): boolean {
  return state.reports.some((report) => report.kind === 'final' && report.approvedDate !== null);
}

export type CloseRefusal =
  | 'agreements.notSigned'
  | 'agreements.closeNeedsApprovedReport'
  | 'agreements.closeNeedsPaidPayments'
  | 'agreements.closePaymentsNotGrant';

/**
 * Why the agreement cannot be closed yet, or null: it must be signed, its final report approved,
 * every payment paid and the payments must add up to exactly the grant.
 */
export function closeRefusal(state: AgreementState): CloseRefusal | null {
  if (state.status !== 'signed') return 'agreements.notSigned';
  if (!isFinalReportApproved(state)) return 'agreements.closeNeedsApprovedReport';
  if (state.payments.some((payment) => payment.paidDate === null)) return 'agreements.closeNeedsPaidPayments';
  if (sum(state.payments.map((payment) => payment.amountOre)) !== state.grantedOre)
    return 'agreements.closePaymentsNotGrant';
  return null;
}

/** The day `months` months after an ISO date, kept within the month (31 Dec + 2 → 29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

export interface ProposedPayment {
  kind: 'advance' | 'tranche' | 'final';
  dueDate: string;
  amountOre: Ore;
}

/** The share of the grant held back as the final payment until the final report is approved. */
export const FINAL_PAYMENT_SHARE_PERCENT = 10;

/**
 * A sensible default payment plan: an advance at the start, a tranche at the start of each further
 * year of the period, and 10 % (whole kronor) held back as the final payment, due three months
 * after the end (a month after the final report's deadline). The rest is split over the years in
 * proportion to `weights` (the commitment per year) when given, else evenly, in whole kronor where
 * the grant is whole kronor; the payments sum to the grant to the öre.
 */
export function proposePaymentPlan(
  grantedOre: number,
  startDate: string,
  endDate: string,
  weights?: readonly { year: number; amountOre: number }[],
): ProposedPayment[] {
  if (grantedOre <= 0) return [];
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Math.max(firstYear, Number(endDate.slice(0, 4)));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, index) => firstYear + index);
  const unit = grantedOre % 100 === 0 ? 100 : 1;
  const finalOre = Math.floor((grantedOre * FINAL_PAYMENT_SHARE_PERCENT) / 100 / unit) * unit;
  const restUnits = (grantedOre - finalOre) / unit;
  const weightOf = (year: number) => weights?.find((row) => row.year === year)?.amountOre ?? 0;
  const useWeights = years.some((year) => weightOf(year) > 0);
  const split = allocateByWeight(
    restUnits,
    years.map((year) => ({ year, weight: useWeights ? weightOf(year) : 1 })),
  );
  const amounts = split.ok ? split.value.map((part) => part.amount * unit) : [grantedOre - finalOre];
  const plan: ProposedPayment[] = [];
  amounts.forEach((amount, index) => {
    if (amount <= 0) return;
    const year = years[index] ?? firstYear;
    plan.push({
      kind: plan.length === 0 ? 'advance' : 'tranche',
      dueDate: year === firstYear ? startDate : `${year}-01-15`,
      amountOre: amount as Ore,
    });
  });
  if (finalOre > 0) plan.push({ kind: 'final', dueDate: addMonths(endDate, 3), amountOre: finalOre as Ore });
  return plan;
}

export interface ProposedReport {
  kind: 'interim' | 'final';
  dueDate: string;
}

/**
 * Default report deadlines: an interim report for each year of the period before its last, due on
 * 31 January after it, and the final report two months after the end.
 */
export function proposeReportDeadlines(startDate: string, endDate: string): ProposedReport[] {
  const firstYear = Number(startDate.slice(0, 4));
  const lastYear = Number(endDate.slice(0, 4));
  const interim: ProposedReport[] = [];
  for (let year = firstYear; year < lastYear; year += 1)
    interim.push({ kind: 'interim', dueDate: `${year + 1}-01-31` });
  return [...interim, { kind: 'final', dueDate: addMonths(endDate, 2) }];
}

/** Whether a report deadline has passed without the report being submitted (today: Swedish date). */
export function isReportOverdue(
  report: { dueDate: string; submittedDate: string | null },
  today: string,
): boolean {
  return report.submittedDate === null && report.dueDate < today;
}
