/**
 * "My förbund against the nation": for one key figure, the förbund's own value beside the national
 * median and quartiles, and the quartile the own value falls in.
 */

import type { Ratio } from '../money/ratio.ts';
import { type ContributedAggregate, type Contribution, minContributors } from './min-contributors.ts';
import { type QuartilePosition, type Quartiles, quartilePosition, quartiles } from './quantiles.ts';

export interface NationalComparison {
  /** `null` when the förbund has not reported the figure (or it is undefined, e.g. no revenue). */
  readonly own: Ratio | null;
  readonly nation: ContributedAggregate<Quartiles>;
  /** `null` when the own value is missing or the national distribution is suppressed. */
  readonly quartile: QuartilePosition | null;
}

/**
 * Compares `forbundId`'s value with the distribution over all förbund in `contributions` (its own
 * value included, as in Kolada's comparisons). The distribution needs at least three reporting
 * förbund; zeros count, because a förbund at 0 % is a real value. The caller (a tenant-scoped verb)
 * shows the result only to users of `forbundId`: the own value is theirs, the rest is aggregate.
 */
export const compareWithNation = (
  forbundId: string,
  contributions: readonly Contribution<Ratio>[],
  options: { readonly minimum?: number } = {},
): NationalComparison => {
  const own = contributions.find((c) => c.forbundId === forbundId)?.value ?? null;
  const nation = minContributors(contributions, quartiles, { rule: 'reported', ...options });
  const quartile = own !== null && nation.isPublished ? quartilePosition(own, nation.value) : null;
  return { own, nation, quartile };
};
