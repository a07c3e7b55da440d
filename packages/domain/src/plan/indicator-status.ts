import { compareExact, type ExactValue, exactFromDecimal, exactValue } from './exact-value.ts';

/** How an indicator, or a goal, stands at a follow-up. Computed ones are never `partlyMet`. */
export const followUpStatuses = ['met', 'partlyMet', 'notMet', 'notMeasured'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** What the status of one indicator for one period is judged from. */
export interface IndicatorStatusInput {
  comparison: 'atLeast' | 'atMost' | 'betterThanLastYear' | 'atLeastNational' | 'judged';
  /** percent values (value, last year, national) are shares of 1; the target is stored as percent. */
  unit: 'percent' | 'count' | 'score' | 'none';
  /** The stored target as numeric text ('20.00' = 20 % for a percent indicator); null when it has none. */
  target: string | null;
  /** The period's value; null when there is none (no figures, an NNS result with n < 5, nothing entered). */
  value: ExactValue | null;
  /** betterThanLastYear: the same indicator's value the year before. */
  lastYear?: ExactValue | null;
  /** atLeastNational: the NNS national comparison figure of the year. */
  national?: ExactValue | null;
  /** judged and entered indicators: the status the editor stated at follow-up. */
  stated?: FollowUpStatus | null;
}

/**
 * A value written in the indicator's unit as numeric text (a percent as 0–100, as targets,
 * entered values and NNS results are stored) as the exact value the status compares: percent
 * '43.37' → 0.4337, a count or score as it is.
 */
export function exactInUnit(text: string, unit: IndicatorStatusInput['unit']): ExactValue {
  const exact = exactFromDecimal(text);
  return unit === 'percent' ? exactValue(BigInt(exact.numerator), BigInt(exact.denominator) * 100n) : exact;
}

const atLeast = (value: ExactValue, bar: ExactValue): FollowUpStatus =>
  compareExact(value, bar) >= 0 ? 'met' : 'notMet';

/**
 * The indicator's status for the period, on exact values (20 % against "at most 20 %" is met).
 * A stated status wins (judged indicators have nothing else; an entered indicator's editor may
 * judge it too); without a value, or without the figure it is compared with, it is not measured.
 */
export function indicatorStatus(input: IndicatorStatusInput): FollowUpStatus {
  if (input.stated) return input.stated;
  if (input.comparison === 'judged' || input.value === null) return 'notMeasured';
  const value = input.value;
  switch (input.comparison) {
    case 'atLeast':
    case 'atMost': {
      if (input.target === null) return 'notMeasured';
      const target = exactInUnit(input.target, input.unit);
      return input.comparison === 'atLeast'
        ? atLeast(value, target)
        : compareExact(value, target) <= 0
          ? 'met'
          : 'notMet';
    }
    case 'betterThanLastYear':
      if (!input.lastYear) return 'notMeasured';
      return compareExact(value, input.lastYear) > 0 ? 'met' : 'notMet';
    case 'atLeastNational':
      if (!input.national) return 'notMeasured';
      return atLeast(value, input.national);
  }
}

/**
 * A goal's status from its indicators' for the period: all measured ones met → met, some met (or
 * partly met) → partlyMet, none → notMet; nothing measured → notMeasured ("Mätning sker under
 * hösten" is the goal's comment beside it).
 */
export function goalStatus(indicatorStatuses: readonly FollowUpStatus[]): FollowUpStatus {
  const measured = indicatorStatuses.filter((status) => status !== 'notMeasured');
  if (measured.length === 0) return 'notMeasured';
  if (measured.every((status) => status === 'met')) return 'met';
  if (measured.some((status) => status === 'met' || status === 'partlyMet')) return 'partlyMet';
  return 'notMet';
}

export type StatusCounts = Record<FollowUpStatus, number>;

/** How many goals (or indicators) stand at each status: the goal-fulfilment summary of the reports. */
export function countStatuses(statuses: readonly FollowUpStatus[]): StatusCounts {
  const counts: StatusCounts = { met: 0, partlyMet: 0, notMet: 0, notMeasured: 0 };
  for (const status of statuses) counts[status] += 1;
  return counts;
}
