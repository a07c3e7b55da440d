/**
 * THE rounding rule of Samsyn's money code: an exact value numerator/denominator is rounded to the
 * nearest integer, and an exact half is rounded away from zero (2,5 → 3; −2,5 → −3).
 *
 * Why this rule: it is the rule of Excel's ROUND and of Swedish bookkeeping practice, so a figure
 * Samsyn prints matches the one the förbund's ekonom gets in the spreadsheet they check it against;
 * and it is symmetric, so a deviation of −0,50 kr rounds to −1 kr just as +0,50 kr rounds to 1 kr.
 * Banker's rounding (half to even) would be slightly less biased over many figures, but would
 * disagree with the spreadsheets on half of all halves.
 *
 * It rounds ONE figure (a share of an amount to the öre, an amount to whole tkr for a plan, a
 * percentage for display). Parts that must add up to a total are never rounded one by one: they
 * are allocated with `allocateLargestRemainder`, otherwise ten municipalities' rounded shares
 * would not add up to the municipalities' quarter.
 */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('money.divisionByZero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const remainder = n % d;
  const rounded = remainder * 2n >= d ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}
