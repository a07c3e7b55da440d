import { formatScaled } from './format-money.ts';
import type { Ratio } from './ratio.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

/**
 * An exact share as a Swedish percentage: 5 776 803 / 13 319 500 → "43 %", with `decimals: 1`
 * "43,4 %". Rounded half away from zero, the one rounding rule; a no-break space before "%" as
 * Intl's sv-SE writes it.
 */
export function formatPercent(share: Ratio, options: { decimals?: number } = {}): string {
  const decimals = options.decimals ?? 0;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError('money.invalidDecimals');
  const scaled = roundHalfAwayFromZero(share.numerator * 100n * 10n ** BigInt(decimals), share.denominator);
  return `${formatScaled(scaled, decimals)}\u00a0%`;
}

/** The percentage rounded to a number of decimals, for tables that need the figure rather than text. */
export function roundPercent(share: Ratio, decimals = 0): number {
  const scaled = roundHalfAwayFromZero(share.numerator * 100n * 10n ** BigInt(decimals), share.denominator);
  return Number(scaled) / 10 ** decimals;
}
