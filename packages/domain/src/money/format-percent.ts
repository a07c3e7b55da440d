import { formatScaled } from './format-money.ts';
import type { Ratio } from './ratio.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/** A Ratio, or a plan measure's ExactValue (safe-integer numbers): both are exact shares. */
type ExactShare = Ratio | { readonly numerator: number; readonly denominator: number };

/**
 * An exact share as a Swedish percentage: 5 776 803 / 13 319 500 → "43 %", with `decimals: 1`
 * "43,4 %". Rounded half away from zero, the one rounding rule; a no-break space before "%" as
 * Intl's sv-SE writes it.
 */
export function formatPercent(share: ExactShare, options: { decimals?: number } = {}): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError('money.invalidDecimals');
  const scaled = roundHalfAwayFromZero(
    BigInt(share.numerator) * 100n * 10n ** BigInt(decimals),
    BigInt(share.denominator),
  );
  return `${formatScaled(scaled, decimals)}\u00a0%`;
}

/** The percentage rounded to a number of decimals, for tables that need the figure rather than text. */
export function roundPercent(share: Ratio, decimals = 0): number {
  const scaled = roundHalfAwayFromZero(share.numerator * 100n * 10n ** BigInt(decimals), share.denominator);
  return Number(scaled) / 10 ** decimals;
}
