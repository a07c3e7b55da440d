/**
 * A year's result figures through June as `economy.resultFigures.save` takes them (without the
 * version): 1 kr of revenue and of costs, nothing else. The access registry and the create race
 * write them for different years.
 */
export const resultFiguresInput = (year: number) => ({
  year,
  throughMonth: 6,
  revenue: 1,
  costs: 1,
  depreciation: 0,
  financialIncome: 0,
  financialCosts: 0,
  extraordinaryItems: 0,
});
