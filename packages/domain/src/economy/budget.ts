import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';
import type { FunderGroup } from './financing-split.ts';
import type { CostKind } from './line-kind.ts';

/**
 * Kinds of budget line. Revenue: members' contributions (by funder group), other operating income,
 * financial income (interest). Costs: operating costs in whatever groups the förbund chooses, and
 * financial costs. All amounts are entered as positive figures; the kind says which side they are
 * on (the income statement is where costs turn negative).
 */
export const budgetLineKinds = [
  'contribution',
  'otherIncome',
  'financialIncome',
  'cost',
  'financialCost',
] as const;
export type BudgetLineKind = (typeof budgetLineKinds)[number];

export const revenueKinds: readonly BudgetLineKind[] = ['contribution', 'otherIncome', 'financialIncome'];

/** A "varav" line: a breakdown shown under its line (e.g. "varav redan beviljat"), never added to a total. */
export interface BudgetSubLine {
  code: string;
  name: string;
  /** Per year as in `Budget.years`; `null` where the plan gives no figure. */
  amounts: (Ore | null)[];
}

export interface BudgetLine {
  /** Stable within the förbund's chart, e.g. `intervention-funds`. */
  code: string;
  /** As the förbund writes it, e.g. "Insatsmedel". */
  name: string;
  kind: BudgetLineKind;
  /** For cost lines (and only them): what the cost is, which the rules read instead of the code. */
  costKind?: CostKind;
  /** For contribution lines: which of the three funder groups pays it. */
  funderGroup?: FunderGroup;
  /** For a contribution line of one member (e.g. "Timrå kommun"). */
  memberId?: string;
  /** The förbund's own grouping of cost lines (e.g. "Kansli", "Projekt"), for subtotals. */
  group?: string;
  /** One amount per year, in the order of `Budget.years`. */
  amounts: Ore[];
  ofWhich?: BudgetSubLine[];
}

/** A budget for one year or a multi-year plan (budget 2020 with plan 2021–2022). */
export interface Budget {
  /** Consecutive years; the first is the budget year, the rest plan years. */
  years: number[];
  lines: BudgetLine[];
}

export interface OfWhichCheck {
  lineCode: string;
  /** The line's amount minus the sum of its "varav" lines; not 0 means the breakdown does not add up. */
  difference: Ore;
}

export interface BudgetYearTotals {
  year: number;
  contributionsByGroup: Record<FunderGroup, Ore>;
  contributions: Ore;
  otherIncome: Ore;
  financialIncome: Ore;
  /** All revenue: contributions + other income + financial income. */
  revenue: Ore;
  /** Operating costs (all cost lines). */
  costs: Ore;
  financialCosts: Ore;
  /** Subtotals of cost lines by the förbund's groups (lines without a group are left out). */
  costsByGroup: Record<string, Ore>;
  /** Budgeted result: revenue − costs − financial costs. */
  result: Ore;
  /** Anspråktagande av eget kapital: the deficit to be covered from equity (0 when there is none). */
  useOfEquity: Ore;
  /** Breakdowns ("varav") that do not add up to their line this year; only years where every part is given. */
  ofWhichDeviations: OfWhichCheck[];
}

const amountIn = (line: BudgetLine, yearIndex: number): Ore => {
  const amount = line.amounts[yearIndex];
  if (amount === undefined) throw new RangeError('budget.amountsLength');
  return amount;
};

/**
 * Totals, budgeted result and use of equity for every year of a budget or plan, and the "varav"
 * breakdowns that do not add up to their line (shown, not corrected: Gävleborg's 2020 plan has
 * 10 800 + 4 470 tkr under an intervention-funds line of 15 300 tkr).
 */
export function computeBudget(budget: Budget): BudgetYearTotals[] {
  return budget.years.map((year, yearIndex) => {
    const total = (predicate: (line: BudgetLine) => boolean) =>
      sumOre(budget.lines.filter(predicate).map((line) => amountIn(line, yearIndex)));
    const contributionsByGroup = {
      state: total((line) => line.kind === 'contribution' && line.funderGroup === 'state'),
      region: total((line) => line.kind === 'contribution' && line.funderGroup === 'region'),
      municipalities: total((line) => line.kind === 'contribution' && line.funderGroup === 'municipalities'),
    };
    const contributions = total((line) => line.kind === 'contribution');
    const otherIncome = total((line) => line.kind === 'otherIncome');
    const financialIncome = total((line) => line.kind === 'financialIncome');
    const revenue = sumOre([contributions, otherIncome, financialIncome]);
    const costs = total((line) => line.kind === 'cost');
    const financialCosts = total((line) => line.kind === 'financialCost');
    const result = subtractOre(revenue, sumOre([costs, financialCosts]));

    const costsByGroup: Record<string, Ore> = {};
    for (const line of budget.lines) {
      if (line.kind !== 'cost' || line.group === undefined) continue;
      costsByGroup[line.group] = sumOre([costsByGroup[line.group] ?? (0 as Ore), amountIn(line, yearIndex)]);
    }

    const ofWhichDeviations: OfWhichCheck[] = [];
    for (const line of budget.lines) {
      const parts = (line.ofWhich ?? []).map((sub) => sub.amounts[yearIndex] ?? null);
      if (parts.length === 0 || parts.some((part) => part === null)) continue;
      const difference = subtractOre(amountIn(line, yearIndex), sumOre(parts as Ore[]));
      if (difference !== 0) ofWhichDeviations.push({ lineCode: line.code, difference });
    }

    return {
      year,
      contributionsByGroup,
      contributions,
      otherIncome,
      financialIncome,
      revenue,
      costs,
      financialCosts,
      costsByGroup,
      result,
      useOfEquity: (result < 0 ? -result : 0) as Ore,
      ofWhichDeviations,
    };
  });
}

/**
 * Starts next year's budget as a copy of the last year of this one: same lines, last year's
 * amounts. "Varav" figures are left blank, because what is already granted for a new year is a
 * matter of board decisions, not of last year's plan.
 */
export function startNextBudgetYear(budget: Budget): Budget {
  const lastIndex = budget.years.length - 1;
  const lastYear = budget.years[lastIndex];
  if (lastYear === undefined) throw new RangeError('budget.noYears');
  return {
    years: [lastYear + 1],
    lines: budget.lines.map((line) => ({
      ...line,
      amounts: [amountIn(line, lastIndex)],
      ...(line.ofWhich ? { ofWhich: line.ofWhich.map((sub) => ({ ...sub, amounts: [null] })) } : {}),
    })),
  };
}
