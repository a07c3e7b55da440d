import { type Ore, ore } from './ore.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/**
 * An exact rational number, always in lowest terms with a positive denominator. Shares and
 * percentages (3 330 000 / 6 659 750, an equity share of 43,37 %) are kept exact so that a
 * comparison against a limit ("at most 20 %") is never decided by floating-point noise; they are
 * rounded only when shown.
 */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const toBigInt = (value: bigint | number): bigint => {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError('ratio.notInteger');
  return BigInt(value);
};

/** numerator/denominator in lowest terms; throws `RangeError('money.divisionByZero')` for a zero denominator. */
export function ratio(numerator: bigint | number, denominator: bigint | number = 1n): Ratio {
  let n = toBigInt(numerator);
  let d = toBigInt(denominator);
  if (d === 0n) throw new RangeError('money.divisionByZero');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { numerator: n / divisor, denominator: d / divisor };
}

/**
 * A percentage written as decimal text or a number (`percent('36.6')`, `percent(20)`) as an exact
 * ratio (36,6 % = 183/500). The number is read through its decimal text, so `percent(36.6)` is
 * exactly 36,6 %, not the binary float closest to it. A Swedish decimal comma is accepted.
 */
export function percent(value: string | number): Ratio {
  const text = String(value).trim().replace(',', '.');
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new RangeError('ratio.invalidPercent');
  const [, sign = '', whole = '0', fraction = ''] = match;
  const scale = 10n ** BigInt(fraction.length);
  const n = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return ratio(n, scale * 100n);
}

/** part / whole as an exact share; throws for a zero whole, which callers must treat as "no share". */
export const shareOfOre = (part: Ore, whole: Ore): Ratio => ratio(BigInt(part), BigInt(whole));

export const addRatio = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);

export const subtractRatio = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.numerator * b.denominator - b.numerator * a.denominator, a.denominator * b.denominator);

export const multiplyRatio = (a: Ratio, b: Ratio): Ratio =>
  ratio(a.numerator * b.numerator, a.denominator * b.denominator);

/** −1, 0 or 1. */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The amount times a ratio, rounded to the öre by the one rounding rule (half away from zero):
 * 25 % of 6 659 750 kr = 1 664 937,50 kr.
 */
export const applyRatio = (amount: Ore, share: Ratio): Ore =>
  ore(Number(roundHalfAwayFromZero(BigInt(amount) * share.numerator, share.denominator)));
