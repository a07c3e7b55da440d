import { parsePeriod, periodEndDate } from '@samsyn/domain';

/**
 * The figures the Översikt leads with, computed from what the existing reports return. Pure, so
 * that each rule (which year, which period, what counts as "at risk") is tested on its own.
 */

export interface YearSummary {
  year: number;
  hasBudget: boolean;
  hasPlan: boolean;
  actuals: number;
  lastActualMonth: number | null;
}

/**
 * The year the overview shows: the year being followed up, i.e. the latest year up to this one
 * with actuals; before any, the latest with a budget or plan year; without either, this one. (A
 * budget laid for next year, or a plan year nobody has booked anything in, is not followed up yet.)
 */
export function overviewYear(years: readonly YearSummary[], currentYear: number): YearSummary {
  const upToNow = years.filter((entry) => entry.year <= currentYear).sort((a, b) => b.year - a.year);
  return (
    upToNow.find((entry) => entry.actuals > 0) ??
    upToNow.find((entry) => entry.hasBudget || entry.hasPlan) ?? {
      year: currentYear,
      hasBudget: false,
      hasPlan: false,
      actuals: 0,
      lastActualMonth: null,
    }
  );
}

/**
 * The latest period any intervention has reported figures for (by end date; a year before a
 * half-year that ends with it), the same rule the reports open on. Null when none has reported.
 */
export function latestReportedPeriod(latestPeriods: readonly (string | null)[]): string | null {
  const endOf = (text: string) => {
    const period = parsePeriod(text);
    return period ? periodEndDate(period) : '';
  };
  const periods = latestPeriods.filter((text): text is string => text !== null && parsePeriod(text) !== null);
  return periods.sort((a, b) => endOf(b).localeCompare(endOf(a)) || a.length - b.length)[0] ?? null;
}

/** A share of a whole in percent with one decimal (27,5 %); null when the whole is zero. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

type FollowUp = { type: 'count' | 'share'; status: string } | { type: 'qualitative'; status: string };

/**
 * A goal is at risk when its follow-up says it is not met, not yet met while its period runs, or
 * (for a goal judged in words) only partly met. A goal without figures is not judged here: that
 * shows up as figures not yet reported.
 */
export function isGoalAtRisk(followUp: FollowUp): boolean {
  if (followUp.type === 'qualitative')
    return followUp.status === 'not_met' || followUp.status === 'partly_met';
  return followUp.status === 'not_met' || followUp.status === 'not_yet_met';
}

export interface GoalsRow {
  interventionId: string;
  name: string;
  goals: readonly { followUp: FollowUp }[];
}

/** The interventions with at least one goal at risk, with how many of their goals are. */
export function interventionsWithGoalsAtRisk(rows: readonly GoalsRow[]) {
  return rows.flatMap((row) => {
    const atRisk = row.goals.filter((goal) => isGoalAtRisk(goal.followUp)).length;
    return atRisk > 0
      ? [{ interventionId: row.interventionId, name: row.name, atRisk, goals: row.goals.length }]
      : [];
  });
}

export interface FinsamRowLike {
  interventionId: string;
  name: string;
  kind: 'individual' | 'structural';
  individual: { actual: unknown } | null;
  structural: unknown;
}

/** The interventions running in a period that have reported no participant figures for it. */
export function interventionsWithoutFigures(rows: readonly FinsamRowLike[]) {
  return rows
    .filter((row) =>
      row.kind === 'individual' ? (row.individual?.actual ?? null) === null : row.structural === null,
    )
    .map((row) => ({ interventionId: row.interventionId, name: row.name }));
}

const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });

/** A month's Swedish name (6 → "juni"). */
export const monthName = (month: number): string =>
  monthFormat.format(new Date(Date.UTC(2000, month - 1, 1)));
