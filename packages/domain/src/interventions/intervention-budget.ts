import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { roundedPercent, type Share, shareOf } from './share.ts';

// Keys are under interventionBudget.* (budget.* belongs to the economy). Money here is integer öre
// in a JS number (exact up to 2^53 öre ≈ 90 000 billion kr), until the shared money module
// replaces these plain numbers.
const ore = (key: string) =>
  z
    .number({ error: `${key}Invalid` })
    .int(`${key}NotWholeOre`)
    .nonnegative(`${key}Negative`)
    .max(Number.MAX_SAFE_INTEGER, `${key}TooLarge`);

const count = z
  .number({ error: 'interventionBudget.plannedInvalid' })
  .int('interventionBudget.plannedInvalid')
  .nonnegative('interventionBudget.plannedInvalid')
  .max(MAX_INT4, 'interventionBudget.plannedInvalid');

/** Planned participants by gender, as Uppföljning Finsam asks ("budgeterat antal deltagare"). */
const plannedParticipantsSchema = z
  .object({ total: count, women: count, men: count, otherUnknown: count })
  .refine((planned) => planned.women + planned.men + planned.otherUnknown === planned.total, {
    message: 'interventionBudget.plannedPartsDoNotSumToTotal',
    path: ['total'],
  });

/**
 * An intervention's budget for one year: total budget and spend to date, in öre. Spend is entered
 * here until the economy's actuals for intervention funds can be linked per intervention.
 */
export const interventionBudgetSchema = z.object({
  year: z
    .number({ error: 'interventionBudget.yearInvalid' })
    .int('interventionBudget.yearInvalid')
    .min(2000, 'interventionBudget.yearInvalid')
    .max(2100, 'interventionBudget.yearInvalid'),
  totalBudget: ore('interventionBudget.total'),
  spendToDate: ore('interventionBudget.spend'),
  plannedParticipants: plannedParticipantsSchema.nullable(),
});
export type InterventionBudget = z.infer<typeof interventionBudgetSchema>;

export interface BudgetUsage {
  totalBudget: number;
  spend: number;
  /** Budget left, negative when overspent. */
  remaining: number;
  /** spend / budget exactly; null for a budget of 0 (nothing to divide by). */
  shareUsed: Share | null;
  /** shareUsed rounded half up to whole percent (658 614 / 1 600 000 → 41). */
  percentUsed: number | null;
  isOverspent: boolean;
}

/** How much of an intervention's budget is used. A budget of 0 has no share used rather than a division by zero. */
export function budgetUsage(budget: { totalBudget: number; spendToDate: number }): BudgetUsage {
  const shareUsed = shareOf(budget.spendToDate, budget.totalBudget);
  return {
    totalBudget: budget.totalBudget,
    spend: budget.spendToDate,
    remaining: budget.totalBudget - budget.spendToDate,
    shareUsed,
    percentUsed: shareUsed && roundedPercent(shareUsed),
    isOverspent: budget.spendToDate > budget.totalBudget,
  };
}
