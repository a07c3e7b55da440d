import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { nameText, requiredText } from '../text.ts';
import type { Validated } from '../validation-problem.ts';
import { allocateByWeight } from './allocate-by-weight.ts';

/**
 * A local group (lokal samverkansgrupp, in Gävleborg "Mysam"): usually one per municipality, but a
 * förbund may set them up otherwise (two small municipalities together), so it lists the
 * municipality members it covers. `population` is the size its budget share is based on.
 */
export const localGroupSchema = z.object({
  name: requiredText(nameText, 200, 'localGroup.nameRequired', 'localGroup.nameTooLong'),
  municipalityMemberIds: z
    .array(z.uuid({ error: 'localGroup.memberIdInvalid' }), { error: 'localGroup.membersInvalid' })
    .max(50, 'localGroup.membersTooMany'),
  population: z
    .number({ error: 'localGroup.populationInvalid' })
    .int('localGroup.populationInvalid')
    .nonnegative('localGroup.populationInvalid')
    .max(MAX_INT4, 'localGroup.populationInvalid')
    .nullable(),
});
export type LocalGroup = z.infer<typeof localGroupSchema>;

// Amounts are integer öre in a JS number, until the shared money module lands.
const ore = (key: string) =>
  z.number({ error: key }).int(key).nonnegative(key).max(Number.MAX_SAFE_INTEGER, key);

/** A local group's year: its own budget, what it spent, how often it met, whether its action plan is up to date. */
export const localGroupYearSchema = z.object({
  year: z
    .number({ error: 'localGroup.yearInvalid' })
    .int('localGroup.yearInvalid')
    .min(2000, 'localGroup.yearInvalid')
    .max(2100, 'localGroup.yearInvalid'),
  budget: ore('localGroup.budgetInvalid'),
  spend: ore('localGroup.spendInvalid'),
  meetingsHeld: z
    .number({ error: 'localGroup.meetingsInvalid' })
    .int('localGroup.meetingsInvalid')
    .nonnegative('localGroup.meetingsInvalid')
    .max(MAX_INT4, 'localGroup.meetingsInvalid'),
  hasUpdatedActionPlan: z.boolean({ error: 'localGroup.actionPlanInvalid' }),
});
export type LocalGroupYear = z.infer<typeof localGroupYearSchema>;

/**
 * Allocates the year's municipality-specific funds (öre) across local groups in proportion to
 * their size, by largest remainder, so the groups' budgets sum to the total to the öre.
 * Gävleborg 2019: 4 994 625 kr by municipality size. Groups without a population get nothing.
 */
export function allocateLocalGroupBudgets<G extends { id: string; population: number | null }>(
  total: number,
  groups: readonly G[],
): Validated<(G & { budget: number })[]> {
  const allocated = allocateByWeight(
    total,
    groups.map((group) => ({ group, weight: group.population ?? 0 })),
  );
  if (!allocated.ok) return allocated;
  return { ok: true, value: allocated.value.map(({ group, amount }) => ({ ...group, budget: amount })) };
}

/**
 * "Fördela": the year's municipality-specific funds (öre) spread over the local groups by
 * population (`allocateLocalGroupBudgets`). `basis` is what the preview was computed from (each
 * group and its population); the API refuses when the groups have changed since (CONFLICT).
 */
export const localGroupBudgetDistributionSchema = z.object({
  year: localGroupYearSchema.shape.year,
  total: ore('localGroup.budgetInvalid'),
  basis: z
    .array(
      z.object({
        localGroupId: z.uuid({ error: 'localGroup.invalid' }),
        population: localGroupSchema.shape.population,
      }),
    )
    .max(500),
});
export type LocalGroupBudgetDistribution = z.infer<typeof localGroupBudgetDistributionSchema>;
