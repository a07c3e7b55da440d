import { type Ore, ore, ZERO_ORE } from './ore.ts';

// Every operation goes through `ore()`, so an overflow past 2^53 throws instead of silently
// losing öre.

/** a + b. */
export const addOre = (a: Ore, b: Ore): Ore => ore(a + b);

/** The sum of any number of amounts (0 for none). */
export function sumOre(amounts: Iterable<Ore>): Ore {
  let total = ZERO_ORE;
  for (const amount of amounts) total = ore(total + amount);
  return total;
}

/** a − b. */
export const subtractOre = (a: Ore, b: Ore): Ore => ore(a - b);

/** −a. */
export const negateOre = (a: Ore): Ore => ore(-a);

/** |a|. */
export const absOre = (a: Ore): Ore => ore(Math.abs(a));

/** An amount times a whole number (e.g. a half-year's contribution × 2). */
export function multiplyOre(a: Ore, factor: number): Ore {
  if (!Number.isSafeInteger(factor)) throw new RangeError('money.notSafeInteger');
  return ore(a * factor);
}

/** −1, 0 or 1, for sorting and comparisons. */
export const compareOre = (a: Ore, b: Ore): -1 | 0 | 1 => (a < b ? -1 : a > b ? 1 : 0);
