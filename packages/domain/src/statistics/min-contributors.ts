/**
 * The rule for aggregates over förbund: a national or county figure is published only when at
 * least three förbund stand behind it. With two, each förbund can subtract its own value and read
 * the other's; with one, the figure is that förbund's.
 */
import type { Ratio } from '../money/ratio.ts';
import { SUPPRESSED_SYMBOL } from './published-value.ts';

export const MIN_CONTRIBUTING_FORBUND = 3;

/** One förbund's value for the figure; `null` when the förbund has not reported it. */
export interface Contribution<T> {
  readonly forbundId: string;
  readonly value: T | null;
}

export type ContributionValue = number | bigint | Ratio;

/**
 * What counts as "behind" a figure:
 * - `nonZero` (default): a reported, non-zero value. Right for sums: a total over five förbund of
 *   which four reported 0 is the fifth förbund's value.
 * - `reported`: any reported value, zero included. Right for distributions (median, quartiles),
 *   where a förbund at 0 % is a genuine data point.
 */
export type ContributorRule = 'nonZero' | 'reported';

export type ContributedAggregate<R> =
  | { readonly isPublished: true; readonly value: R; readonly contributors: number }
  | {
      readonly isPublished: false;
      readonly reason: 'too_few_contributors';
      /** For the caller's logic; published only through `publishForbundCount`. */
      readonly contributors: number;
      readonly minimum: number;
    };

const isZero = (value: ContributionValue): boolean =>
  typeof value === 'object' ? value.numerator === 0n : value === 0 || value === 0n;

/** The distinct förbund that count as contributing under `rule` (one förbund twice is still one). */
export const contributingForbund = <T extends ContributionValue>(
  contributions: readonly Contribution<T>[],
  rule: ContributorRule = 'nonZero',
): Set<string> =>
  new Set(
    contributions
      .filter((c) => c.value !== null && (rule === 'reported' || !isZero(c.value)))
      .map((c) => c.forbundId),
  );

/**
 * Computes `aggregate` over the reported values when at least `minimum` (default 3) distinct förbund
 * contribute under `rule`; otherwise returns a suppressed result with the reason. `aggregate` is not
 * called when suppressed. Pure; used by the national-statistics verbs for every figure over förbund.
 */
export const minContributors = <T extends ContributionValue, R>(
  contributions: readonly Contribution<T>[],
  aggregate: (values: T[]) => R,
  options: { readonly minimum?: number; readonly rule?: ContributorRule } = {},
): ContributedAggregate<R> => {
  const minimum = options.minimum ?? MIN_CONTRIBUTING_FORBUND;
  const contributors = contributingForbund(contributions, options.rule).size;
  if (contributors < minimum)
    return { isPublished: false, reason: 'too_few_contributors', contributors, minimum };
  const values = contributions.flatMap((c) => (c.value === null ? [] : [c.value]));
  return { isPublished: true, value: aggregate(values), contributors };
};

/**
 * How many förbund reported a figure (or in a county), as published: 1 or 2 shows as "..", by the
 * same rule as the figure itself. Which förbund exist in a county is public, so "Gävleborgs län: 1"
 * would name the one that reported, and with two each could tell the other. 0 and 3 or more are
 * shown as they are.
 */
export const publishForbundCount = (count: number): number | typeof SUPPRESSED_SYMBOL =>
  count > 0 && count < MIN_CONTRIBUTING_FORBUND ? SUPPRESSED_SYMBOL : count;
