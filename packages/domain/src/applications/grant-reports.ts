import type { Ore } from '../money/ore.ts';
import { sumOre } from '../money/ore-math.ts';

/**
 * The follow-up lists of granted applications (issue 22, point 7): payments falling due, reports
 * past their deadline, and what the agreements bind the förbund to per year ahead. Dates are ISO
 * calendar dates (`2020-03-31`), compared as text, which orders them correctly.
 */

/** `isoDate` plus `days` calendar days (negative goes back), as ISO text. */
export function addDaysToDate(isoDate: string, days: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new RangeError('date.invalid');
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const toUtc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

export interface DuePayment {
  dueDate: string;
  paidDate: string | null;
}

/**
 * The unpaid payments due on or before `today + days`, earliest first: the next 60 days' payments,
 * and those already past due and still unpaid (they have not gone away). `isOverdue` marks the latter.
 */
export function paymentsDueWithin<T extends DuePayment>(
  payments: readonly T[],
  today: string,
  days: number,
): (T & { isOverdue: boolean })[] {
  const until = addDaysToDate(today, days);
  return payments
    .filter((payment) => payment.paidDate === null && payment.dueDate <= until)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((payment) => ({ ...payment, isOverdue: payment.dueDate < today }));
}

export interface DueReport {
  dueDate: string;
  submittedDate: string | null;
}

/** Reports not submitted whose deadline has passed on `today` (due yesterday or earlier), oldest first. */
export function reportsOverdue<T extends DueReport>(
  reports: readonly T[],
  today: string,
): (T & { daysOverdue: number })[] {
  return reports
    .filter((report) => report.submittedDate === null && report.dueDate < today)
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((report) => ({ ...report, daysOverdue: daysBetween(report.dueDate, today) }));
}

export interface CommitmentYear {
  year: number;
  /** What the agreements bind the förbund to pay this year. */
  committedOre: Ore;
  /** How many agreements have a commitment this year. */
  agreementCount: number;
}

/**
 * The agreements' commitments per year from `fromYear` on, one row per year up to the last year
 * any agreement runs to (years without a commitment show 0, so the table has no gaps).
 */
export function commitmentsAhead(
  agreementYears: readonly { agreementId: string; year: number; amountOre: Ore }[],
  fromYear: number,
): CommitmentYear[] {
  const ahead = agreementYears.filter((row) => row.year >= fromYear && row.amountOre > 0);
  if (ahead.length === 0) return [];
  const lastYear = Math.max(...ahead.map((row) => row.year));
  return Array.from({ length: lastYear - fromYear + 1 }, (_, index) => {
    const year = fromYear + index;
    const rows = ahead.filter((row) => row.year === year);
    return {
      year,
      committedOre: sumOre(rows.map((row) => row.amountOre)),
      agreementCount: new Set(rows.map((row) => row.agreementId)).size,
    };
  });
}
