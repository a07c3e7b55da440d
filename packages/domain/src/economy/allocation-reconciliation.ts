import type { Ore } from '../money/ore.ts';

/**
 * The reconciliation ("Avstämning") of intervention funds for a year: what the books say was spent
 * against what is allocated to interventions and local groups, and what the budget sets aside
 * against what the interventions' budgets tie up. Every difference is reported in öre with where
 * it is fixed; nothing is evened out.
 */

export interface ReconciledActual {
  actualId: string;
  period: string;
  lineName: string;
  amount: Ore;
  toInterventions: Ore;
  toLocalGroups: Ore;
}

export interface ReconciliationInput {
  actuals: readonly ReconciledActual[];
  /** The budget's intervention-funds lines for the year; null without a budget. */
  interventionFundsBudget: Ore | null;
  /** The sum of the interventions' budgets of the year. */
  interventionBudgets: Ore;
}

export type ReconciliationDifference =
  /** Part of an actual is on no intervention or local group: fixed in the actual's split. */
  | { kind: 'unallocated'; actualId: string; period: string; lineName: string; amount: Ore }
  /**
   * Budgeted intervention funds that no intervention's budget ties up (negative: the interventions
   * are budgeted beyond the funds): fixed in the interventions' budgets or the budget.
   */
  | { kind: 'untiedBudget'; amount: Ore };

export interface ReconciliationRow extends ReconciledActual {
  unallocated: Ore;
}

export interface Reconciliation {
  rows: ReconciliationRow[];
  totals: { amount: Ore; toInterventions: Ore; toLocalGroups: Ore; unallocated: Ore };
  interventionFundsBudget: Ore | null;
  interventionBudgets: Ore;
  differences: ReconciliationDifference[];
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) as Ore;

export function reconcileInterventionFunds(input: ReconciliationInput): Reconciliation {
  const rows = input.actuals.map((actual) => ({
    ...actual,
    unallocated: (actual.amount - actual.toInterventions - actual.toLocalGroups) as Ore,
  }));
  const differences: ReconciliationDifference[] = rows
    .filter((row) => row.unallocated !== 0)
    .map((row) => ({
      kind: 'unallocated',
      actualId: row.actualId,
      period: row.period,
      lineName: row.lineName,
      amount: row.unallocated,
    }));
  if (input.interventionFundsBudget !== null) {
    const untied = (input.interventionFundsBudget - input.interventionBudgets) as Ore;
    if (untied !== 0) differences.push({ kind: 'untiedBudget', amount: untied });
  }
  return {
    rows,
    totals: {
      amount: sum(rows.map((row) => row.amount)),
      toInterventions: sum(rows.map((row) => row.toInterventions)),
      toLocalGroups: sum(rows.map((row) => row.toLocalGroups)),
      unallocated: sum(rows.map((row) => row.unallocated)),
    },
    interventionFundsBudget: input.interventionFundsBudget,
    interventionBudgets: input.interventionBudgets,
    differences,
  };
}
