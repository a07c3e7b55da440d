import type { Ore } from '../money/ore.ts';
import { addOre, negateOre, sumOre } from '../money/ore-math.ts';

/** One period's figures as booked; costs are positive amounts, the statement shows them negative. */
export interface IncomeStatementFigures {
  revenue: Ore;
  costs: Ore;
  depreciation: Ore;
  financialIncome: Ore;
  financialCosts: Ore;
  /** Signed: extraordinary income positive, extraordinary costs negative. */
  extraordinaryItems: Ore;
}

export const incomeStatementRows = [
  'revenue',
  'costs',
  'depreciation',
  'netCost',
  'operatingResult',
  'financialIncome',
  'financialCosts',
  'resultAfterFinancialItems',
  'extraordinaryItems',
  'result',
] as const;
export type IncomeStatementRow = (typeof incomeStatementRows)[number];

export interface IncomeStatementPeriod {
  /** e.g. { from: '2019-01-01', to: '2019-06-30' } */
  from: string;
  to: string;
}

export interface IncomeStatement {
  current: IncomeStatementPeriod;
  previous?: IncomeStatementPeriod;
  /**
   * The rows in the order of the kommunal resultaträkning, signed as printed: income positive,
   * costs negative. `previous` is the same period of the previous year when given.
   */
  rows: { row: IncomeStatementRow; current: Ore; previous?: Ore }[];
}

/** The signed rows of one period. */
export function incomeStatementColumn(figures: IncomeStatementFigures): Record<IncomeStatementRow, Ore> {
  const costs = negateOre(figures.costs);
  const depreciation = negateOre(figures.depreciation);
  const financialCosts = negateOre(figures.financialCosts);
  // Verksamhetens nettokostnad: revenue less costs and depreciation. Kommunal layout repeats it as
  // the operating result (there are no tax revenues in a förbund).
  const netCost = sumOre([figures.revenue, costs, depreciation]);
  const resultAfterFinancialItems = sumOre([netCost, figures.financialIncome, financialCosts]);
  return {
    revenue: figures.revenue,
    costs,
    depreciation,
    netCost,
    operatingResult: netCost,
    financialIncome: figures.financialIncome,
    financialCosts,
    resultAfterFinancialItems,
    extraordinaryItems: figures.extraordinaryItems,
    result: addOre(resultAfterFinancialItems, figures.extraordinaryItems),
  };
}

/**
 * The resultaträkning for a period with the previous year's same period beside it. Every subtotal is
 * computed from the booked lines; if a printed report's subtotal differs, the difference is in the
 * report (see `specificationCheck` and the tests' notes on Gävleborg 2018).
 */
export function incomeStatement(input: {
  current: { period: IncomeStatementPeriod; figures: IncomeStatementFigures };
  previous?: { period: IncomeStatementPeriod; figures: IncomeStatementFigures };
}): IncomeStatement {
  const current = incomeStatementColumn(input.current.figures);
  const previous = input.previous ? incomeStatementColumn(input.previous.figures) : undefined;
  return {
    current: input.current.period,
    ...(input.previous ? { previous: input.previous.period } : {}),
    rows: incomeStatementRows.map((row) => ({
      row,
      current: current[row],
      ...(previous ? { previous: previous[row] } : {}),
    })),
  };
}
