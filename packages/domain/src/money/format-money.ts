import { ORE_PER_KRONA, type Ore } from './ore.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

export interface FormatMoneyOptions {
  /** 'kr' for reports and invoices, 'tkr' (thousands) for plans and budgets. */
  unit?: 'kr' | 'tkr';
  /**
   * Decimals to show. Default for kr: none when the amount is whole kronor, else two (öre are never
   * hidden by default); for tkr: none, as in the förbund's budgets ("3 623 tkr").
   */
  decimals?: number;
}

const NBSP = '\u00a0';

/**
 * Formats a scaled integer (value / 10^decimals) with sv-SE grouping. The number is passed to Intl
 * as decimal text so even amounts beyond 2^53 format exactly; the rounding has already been done
 * by our own rule, so Intl only draws the digits.
 */
export function formatScaled(scaled: bigint, decimals: number): string {
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  const formatter = new Intl.NumberFormat('sv-SE', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return formatter.format(`${negative ? '-' : ''}${text}` as `${number}`);
}

/**
 * An amount for display in Swedish: `formatMoney(kronor(1_234_567))` → "1 234 567 kr",
 * `formatMoney(kronor(3_623_000), { unit: 'tkr' })` → "3 623 tkr". Grouping and the minus sign
 * (U+2212) are what Intl's sv-SE gives; the space before the unit is a no-break space so a figure
 * never wraps away from its unit. Rounding (tkr, fewer decimals) is half away from zero.
 */
export function formatMoney(amount: Ore, options: FormatMoneyOptions = {}): string {
  const unit = options.unit ?? 'kr';
  const unitOre = unit === 'kr' ? ORE_PER_KRONA : ORE_PER_KRONA * 1000;
  const decimals = options.decimals ?? (unit === 'kr' && amount % ORE_PER_KRONA !== 0 ? 2 : 0);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6)
    throw new RangeError('money.invalidDecimals');
  const scaled = roundHalfAwayFromZero(BigInt(amount) * 10n ** BigInt(decimals), BigInt(unitOre));
  return `${formatScaled(scaled, decimals)}${NBSP}${unit}`;
}
