import type { ActualsPeriod } from './actuals-import.ts';

/** A period as stored: kind and number within the year (month 1–12, half 1–2, year 1). */
export interface StoredPeriod {
  year: number;
  periodKind: ActualsPeriod['kind'];
  periodNumber: number;
}

export function toStoredPeriod(period: ActualsPeriod): StoredPeriod {
  return {
    year: period.year,
    periodKind: period.kind,
    periodNumber: period.kind === 'month' ? period.month : period.kind === 'half' ? period.half : 1,
  };
}

export function fromStoredPeriod(stored: StoredPeriod): ActualsPeriod {
  if (stored.periodKind === 'month') return { kind: 'month', year: stored.year, month: stored.periodNumber };
  if (stored.periodKind === 'half')
    return { kind: 'half', year: stored.year, half: stored.periodNumber === 2 ? 2 : 1 };
  return { kind: 'year', year: stored.year };
}

/** The months a period covers, first and last (1–12). */
export function periodMonths(period: ActualsPeriod): { first: number; last: number } {
  if (period.kind === 'month') return { first: period.month, last: period.month };
  if (period.kind === 'half') return { first: period.half * 6 - 5, last: period.half * 6 };
  return { first: 1, last: 12 };
}

/**
 * True when two periods share a month. One line's actuals in one year must not overlap — a
 * half-year and a month inside it would count the month twice in every sum to date.
 */
export function periodsOverlap(a: ActualsPeriod, b: ActualsPeriod): boolean {
  if (a.year !== b.year) return false;
  const x = periodMonths(a);
  const y = periodMonths(b);
  return x.first <= y.last && y.first <= x.last;
}

/** The period written as a file or form takes it: `2019-06`, `2019-H1`, `2019`. */
export function formatActualsPeriod(period: ActualsPeriod): string {
  if (period.kind === 'month') return `${period.year}-${String(period.month).padStart(2, '0')}`;
  if (period.kind === 'half') return `${period.year}-H${period.half}`;
  return String(period.year);
}

/**
 * Whether an actual counts in a sum "to date" through a month: only periods that have ENDED by
 * then. A half-year's actual is not in a report through March, because how much of it fell in
 * January–March is not known.
 */
export const isWithinToDate = (period: ActualsPeriod, throughMonth: number): boolean =>
  periodMonths(period).last <= throughMonth;

/** The last day of a month, as an ISO date. */
export function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
