/**
 * Money in Samsyn is a whole number of öre held in a JS `number`. Öre rather than kronor because
 * bookkeeping figures can carry öre (1 234 567,50 kr); a `number` rather than `bigint` because it
 * is what JSON, zod and the browser handle natively, and every sum a förbund can produce stays far
 * below 2^53 öre (≈ 90 000 000 000 000 kr). The brand keeps kronor and öre from being mixed up.
 */
export type Ore = number & { readonly __brand: 'Ore' };

export const ORE_PER_KRONA = 100;

/**
 * The largest magnitude Samsyn accepts for one entered amount: 10 000 000 000 kr. A förbund's
 * yearly turnover is a few tens of millions, so this is generous, and 900 such amounts can still
 * be added without leaving the safe-integer range.
 */
export const MAX_ORE = 1_000_000_000_000 as Ore;

/** Asserts that an integer is a safe öre amount and brands it; throws `RangeError('money.notSafeInteger')`. */
export function ore(value: number): Ore {
  if (!Number.isSafeInteger(value)) throw new RangeError('money.notSafeInteger');
  // -0 would print as "−0 kr" in some formatters; there is only one zero in bookkeeping.
  return (value === 0 ? 0 : value) as Ore;
}

/** The zero amount, for folds. */
export const ZERO_ORE = 0 as Ore;

/**
 * Öre from a kronor figure as written in a plan or report (`kronor(6_659_750)`). A fractional
 * krona is accepted to the öre (`kronor(12.5)` = 1 250 öre) and converted through its decimal
 * text, so binary floating point never leaks into the amount; more than two decimals is an error.
 */
export function kronor(value: number): Ore {
  if (Number.isInteger(value)) return ore(value * ORE_PER_KRONA);
  if (!Number.isFinite(value)) throw new RangeError('money.notSafeInteger');
  const match = /^(-?)(\d+)\.(\d{1,2})$/.exec(String(value));
  if (!match) throw new RangeError('money.tooManyDecimals');
  const [, sign = '', whole = '0', fraction = '0'] = match;
  const amount = Number(whole) * ORE_PER_KRONA + Number(fraction.padEnd(2, '0'));
  return ore(sign === '-' ? -amount : amount);
}

/** True when the amount is a whole number of kronor (contributions are invoiced in whole kronor). */
export const isWholeKronor = (amount: Ore): boolean => amount % ORE_PER_KRONA === 0;
