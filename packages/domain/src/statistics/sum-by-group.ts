/**
 * Sums over förbund per group (county) with the total over all groups, for publication. A group
 * with fewer than three contributing förbund is hidden, and because the total minus the other
 * groups would give it back, a complement is hidden too (the 1-D suppression rule).
 */
import { type Contribution, contributingForbund, MIN_CONTRIBUTING_FORBUND } from './min-contributors.ts';
import type { PublishedValue } from './published-value.ts';
import { suppressList } from './suppress-list.ts';

export interface GroupContributions {
  /** e.g. the county code `'21'` for Gävleborgs län. */
  readonly key: string;
  readonly contributions: readonly Contribution<number>[];
}

export interface GroupSums {
  readonly groups: readonly { readonly key: string; readonly value: PublishedValue }[];
  readonly total: PublishedValue;
}

/**
 * Per-group sums of non-negative integers (counts, or öre) and their total. Hidden: groups with
 * fewer than `minimum` (default 3) förbund with a non-zero value, counts 1..(threshold − 1)
 * (`threshold` default 1, i.e. off — pass 5 for participant counts), and the complements that keep
 * them hidden. The total itself needs `minimum` förbund too. Pure.
 */
export const sumByGroup = (
  groups: readonly GroupContributions[],
  options: { readonly minimum?: number; readonly threshold?: number } = {},
): GroupSums => {
  const minimum = options.minimum ?? MIN_CONTRIBUTING_FORBUND;
  const sums = groups.map((group) => group.contributions.reduce((sum, c) => sum + (c.value ?? 0), 0));
  const tooFew = groups.map((group) => contributingForbund(group.contributions).size < minimum);
  const { values, total } = suppressList(sums, {
    threshold: options.threshold ?? 1,
    alsoSuppress: (index) => tooFew[index] ?? false,
  });
  const nationalContributors = contributingForbund(groups.flatMap((group) => group.contributions)).size;
  return {
    groups: groups.map((group, index) => ({ key: group.key, value: values[index] ?? { suppressed: true } })),
    // Hiding only the total leaves the groups' sums consistent with any value: no complement needed.
    total: nationalContributors < minimum ? { suppressed: true } : total,
  };
};
