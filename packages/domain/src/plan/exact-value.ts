import type { Ratio } from '../money/ratio.ts';

/**
 * The one percent formatter: it takes a Ratio or an ExactValue ("43 %", `decimals: 1` → "43,4 %"),
 * so the plan pages and the economy pages round a share the same way (half away from zero).
 */
export { formatPercent } from '../money/format-percent.ts';

/** A measured value kept exact: numerator / denominator, both safe integers, denominator > 0. */
export interface ExactValue {
  numerator: number;
  denominator: number;
}

/** A percent indicator's value is a share of 1 (0.4337 for 43 %); a count is { n, 1 }. */
export type MeasureResult =
  | { kind: 'measured'; value: ExactValue; basis: MeasureBasis }
  | { kind: 'notMeasured'; reason: NotMeasuredReason };

/** What the share was computed from, for the page to show ("5 776 803 kr av 13 319 500 kr"). */
export interface MeasureBasis {
  part: number;
  whole: number;
  unit: 'ore' | 'count';
}

export const notMeasuredReasons = [
  'noFigures',
  'noBudget',
  'noLocalGroups',
  'termsMissing',
  'noGoals',
  'periodNotEnded',
] as const;
export type NotMeasuredReason = (typeof notMeasuredReasons)[number];

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
};

const toSafeNumber = (value: bigint): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError('exactValue.notSafeInteger');
  return n;
};

/**
 * numerator / denominator in lowest terms. Throws a RangeError for a zero denominator or a part
 * that is not a safe integer: a measure that has nothing to divide by is "not measured", which the
 * measure says with a reason, never with a 0 here.
 */
export function exactValue(numerator: number | bigint, denominator: number | bigint = 1): ExactValue {
  if (typeof numerator === 'number' && !Number.isSafeInteger(numerator))
    throw new RangeError('exactValue.notSafeInteger');
  if (typeof denominator === 'number' && !Number.isSafeInteger(denominator))
    throw new RangeError('exactValue.notSafeInteger');
  let n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) throw new RangeError('exactValue.zeroDenominator');
  if (d < 0n) [n, d] = [-n, -d];
  const divisor = gcd(n, d) || 1n;
  return { numerator: toSafeNumber(n / divisor), denominator: toSafeNumber(d / divisor) };
}

/**
 * Decimal text as stored in numeric columns (`'20.00'`, `'-1.5'`, `'7'`; a Swedish comma is also
 * read) as an exact value: `exactFromDecimal('20.00')` is 20/1. Read from the text, never through a
 * float, so '0.1' is exactly 1/10. A percent target of '20.00' is 20 (percent); compare it with a
 * measured share through `shareFromPercentDecimal`.
 */
export function exactFromDecimal(text: string): ExactValue {
  const match = /^([-+]?)(\d+)(?:[.,](\d+))?$/.exec(text.trim());
  if (!match) throw new RangeError('exactValue.invalidDecimal');
  const [, sign = '', whole = '0', fraction = ''] = match;
  const n = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n);
  return exactValue(n, 10n ** BigInt(fraction.length));
}

/** A percent written as decimal text as a share of 1: `'20.00'` → 1/5, to compare with a measured share. */
export function shareFromPercentDecimal(text: string): ExactValue {
  const percent = exactFromDecimal(text);
  return exactValue(BigInt(percent.numerator), BigInt(percent.denominator) * 100n);
}

/** −1, 0 or 1, by cross-multiplying in BigInt: never decided by floating-point noise. */
export function compareExact(a: ExactValue, b: ExactValue): -1 | 0 | 1 {
  const left = BigInt(a.numerator) * BigInt(b.denominator);
  const right = BigInt(b.numerator) * BigInt(a.denominator);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The money module's Ratio of the same value, for the economy's rules (equity goal). */
export const ratioFromExact = (value: ExactValue): Ratio => ({
  numerator: BigInt(value.numerator),
  denominator: BigInt(value.denominator),
});

/** A Ratio as an ExactValue; throws a RangeError when a part is beyond the safe integers. */
export const exactFromRatio = (value: Ratio): ExactValue => exactValue(value.numerator, value.denominator);
