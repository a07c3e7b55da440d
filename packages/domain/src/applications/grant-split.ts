import { allocateByWeight } from '../interventions/allocate-by-weight.ts';

/**
 * How a granted amount binds the förbund per year: the amount the application asked for in each
 * year when the board granted it all, otherwise the granted amount split in proportion to what was
 * asked per year (largest remainder, so the years sum to the grant to the öre). An application
 * without a yearly budget puts the grant on `fallbackYear` (its start year, or the decision's).
 */
export function splitGrantOverYears(
  grantedOre: number,
  requested: readonly { year: number; requestedOre: number }[],
  fallbackYear: number,
): { year: number; amountOre: number }[] {
  const years = [...requested].sort((a, b) => a.year - b.year);
  const asked = years.reduce((sum, row) => sum + row.requestedOre, 0);
  if (years.length === 0 || asked === 0) return [{ year: fallbackYear, amountOre: grantedOre }];
  if (asked === grantedOre) return years.map((row) => ({ year: row.year, amountOre: row.requestedOre }));
  const split = allocateByWeight(
    grantedOre,
    years.map((row) => ({ year: row.year, weight: row.requestedOre })),
  );
  if (!split.ok) return [{ year: fallbackYear, amountOre: grantedOre }];
  return split.value.map((row) => ({ year: row.year, amountOre: row.amount }));
}
