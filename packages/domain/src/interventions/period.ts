import { singleLineText } from '../text.ts';
import type { Validated, ValidationProblem } from '../validation-problem.ts';

/**
 * A reporting period: a month ('2019-06'), a half-year ('2019-H1') or a year ('2019'). Figures are
 * reported per period; the text form is what the database stores and the URL carries.
 */
export type Period =
  | { type: 'month'; year: number; month: number }
  | { type: 'half_year'; year: number; half: 1 | 2 }
  | { type: 'year'; year: number };
export type PeriodType = Period['type'];

const minYear = 2000;
const maxYear = 2100;
const pattern = /^(\d{4})(?:-(0[1-9]|1[0-2])|-H([12]))?$/;

/** Reads '2019', '2019-H1' or '2019-06'; null for anything else (including years outside 2000–2100). */
export function parsePeriod(text: string): Period | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < minYear || year > maxYear) return null;
  if (match[2] !== undefined) return { type: 'month', year, month: Number(match[2]) };
  if (match[3] !== undefined) return { type: 'half_year', year, half: match[3] === '1' ? 1 : 2 };
  return { type: 'year', year };
}

/** The inverse of parsePeriod: '2019', '2019-H1', '2019-06'. */
export function formatPeriod(period: Period): string {
  switch (period.type) {
    case 'year':
      return String(period.year);
    case 'half_year':
      return `${period.year}-H${period.half}`;
    case 'month':
      return `${period.year}-${String(period.month).padStart(2, '0')}`;
  }
}

/** A period in its stored text form; validates and keeps the string. */
export const periodTextSchema = singleLineText({ typeError: 'period.invalid' })
  .max(10, 'period.invalid')
  .refine((text) => parsePeriod(text) !== null, 'period.invalid');

/** Months counted from year 0, so a period is the closed range [firstMonthIndex, lastMonthIndex]. */
function firstMonthIndex(period: Period): number {
  const start =
    period.type === 'month' ? period.month : period.type === 'half_year' ? (period.half - 1) * 6 + 1 : 1;
  return period.year * 12 + start - 1;
}

function lastMonthIndex(period: Period): number {
  const end = period.type === 'month' ? period.month : period.type === 'half_year' ? period.half * 6 : 12;
  return period.year * 12 + end - 1;
}

function monthFromIndex(index: number): Period & { type: 'month' } {
  return { type: 'month', year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The months a period consists of, in order (H1 → January … June). */
export function monthsOf(period: Period): (Period & { type: 'month' })[] {
  const months = [];
  for (let index = firstMonthIndex(period); index <= lastMonthIndex(period); index++) {
    months.push(monthFromIndex(index));
  }
  return months;
}

/** True when every month of `inner` lies in `outer` (a period contains itself). */
export function periodContains(outer: Period, inner: Period): boolean {
  return firstMonthIndex(outer) <= firstMonthIndex(inner) && lastMonthIndex(inner) <= lastMonthIndex(outer);
}

/**
 * Chronological order for sorting: by first month, and among periods starting together the shorter
 * first (2019-01 < 2019-H1 < 2019), so a month's row comes before the half-year that sums it up.
 */
export function comparePeriods(a: Period, b: Period): number {
  return firstMonthIndex(a) - firstMonthIndex(b) || lastMonthIndex(a) - lastMonthIndex(b);
}

/** True when `a` ends before `b` ends: the follow-up period is not the last of the goal period. */
export function endsBefore(a: Period, b: Period): boolean {
  return lastMonthIndex(a) < lastMonthIndex(b);
}

/** First day of the period, ISO ('2019-07-01' for 2019-H2). */
export function periodStartDate(period: Period): string {
  const { year, month } = monthFromIndex(firstMonthIndex(period));
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** Last day of the period, ISO ('2019-06-30' for 2019-H1). */
export function periodEndDate(period: Period): string {
  const { year, month } = monthFromIndex(lastMonthIndex(period));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/**
 * Checks that `parts` tile `target` exactly — each inside it, none overlapping, no month missing —
 * and returns them in chronological order. Problems: `period.outsideTarget` (path: index),
 * `period.overlap` (path: index of the later part), `period.monthMissing` (params.month, e.g. '2019-04').
 */
export function tilePeriod<T extends { period: Period }>(
  parts: readonly T[],
  target: Period,
): Validated<T[]> {
  const problems: ValidationProblem[] = [];
  const owner = new Map<number, number>();
  for (const [index, part] of parts.entries()) {
    if (!periodContains(target, part.period)) {
      problems.push({
        key: 'period.outsideTarget',
        path: [index],
        params: { period: formatPeriod(part.period) },
      });
      continue;
    }
    let overlaps = false;
    for (let month = firstMonthIndex(part.period); month <= lastMonthIndex(part.period); month++) {
      if (owner.has(month)) overlaps = true;
      else owner.set(month, index);
    }
    if (overlaps)
      problems.push({ key: 'period.overlap', path: [index], params: { period: formatPeriod(part.period) } });
  }
  for (let month = firstMonthIndex(target); month <= lastMonthIndex(target); month++) {
    if (!owner.has(month)) {
      problems.push({
        key: 'period.monthMissing',
        path: [],
        params: { month: formatPeriod(monthFromIndex(month)) },
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: [...parts].sort((a, b) => comparePeriods(a.period, b.period)) };
}

/**
 * Aggregates figures reported for shorter periods (months, or half-years into a year) up to
 * `target`. `combine` receives the values in chronological order, so stocks (participants carried
 * in) can take the first and flows (new, ended) can sum.
 */
export function aggregatePeriods<T>(
  parts: readonly { period: Period; value: T }[],
  target: Period,
  combine: (valuesInOrder: T[]) => T,
): Validated<T> {
  const tiled = tilePeriod(parts, target);
  if (!tiled.ok) return tiled;
  return { ok: true, value: combine(tiled.value.map((part) => part.value)) };
}

/** Sums numbers reported for shorter periods up to `target` (a plain flow, e.g. meetings held). */
export function sumOverPeriods(
  parts: readonly { period: Period; value: number }[],
  target: Period,
): Validated<number> {
  return aggregatePeriods(parts, target, (values) => values.reduce((sum, value) => sum + value, 0));
}
