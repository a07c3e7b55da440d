/**
 * A budget's intervention-funds cost line (öre per year, as `economy.budget.save` takes it): the
 * line the budget's schema tests and the save's race test build a budget from.
 */
export const interventionFundsLine = (amounts: number[], name = 'Insatsmedel') => ({
  code: 'intervention-funds',
  name,
  kind: 'cost' as const,
  costKind: 'interventionFunds' as const,
  amounts,
});
