import { type Ore, ore } from './ore.ts';

/**
 * Converts an öre amount as PostgreSQL returns it. postgres.js hands `bigint` and `numeric` columns
 * over as strings (`'123456'`) because they may exceed a JS number; this is the one place where
 * that string becomes an `Ore`, and it refuses anything that is not an exact, safe integer rather
 * than rounding it.
 */
export function oreFromDb(value: string | number | bigint): Ore {
  if (typeof value === 'number') return ore(value);
  if (typeof value === 'bigint') {
    if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError('money.notSafeInteger');
    }
    return ore(Number(value));
  }
  // numeric columns may come back as '123456.00'; only zero decimals are allowed for an öre column.
  const match = /^(-?\d+)(?:\.0+)?$/.exec(value.trim());
  if (!match?.[1]) throw new RangeError('money.invalidFormat');
  return oreFromDb(BigInt(match[1]));
}

/** The text to bind as a `bigint` parameter: exact, never in exponent form. */
export const oreToDb = (amount: Ore): string => BigInt(amount).toString();
