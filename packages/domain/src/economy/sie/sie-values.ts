import { type Ore, ore } from '../../money/ore.ts';

/**
 * An amount as SIE writes it: a decimal point, an optional minus, at most two decimals that are
 * not zero (`-1234.5`, `100.00`, `0`). Null when it is anything else, so it is never guessed.
 */
export function parseSieAmount(text: string): Ore | null {
  const match = /^(-?)(\d{1,13})(?:\.(\d+))?$/.exec(text);
  if (!match) return null;
  const [, sign, whole = '0', decimals = ''] = match;
  if (decimals.length > 2 && !/^0+$/.test(decimals.slice(2))) return null;
  const amount = Number(whole) * 100 + Number(decimals.slice(0, 2).padEnd(2, '0'));
  return ore(sign === '-' ? -amount : amount);
}

/** A date as SIE writes it (`20190131`), as ISO `2019-01-31`; null when it is not a real date. */
export function parseSieDate(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    date.getUTCFullYear() !== Number(year) ||
    date.getUTCMonth() !== Number(month) - 1 ||
    date.getUTCDate() !== Number(day)
  )
    return null;
  return `${year}-${month}-${day}`;
}

/** A period as `#PSALDO` writes it (`201901`), as `2019-01`. */
export function parseSiePeriod(text: string): string | null {
  const match = /^(\d{4})(0[1-9]|1[0-2])$/.exec(text);
  return match ? `${match[1]}-${match[2]}` : null;
}

export const isSieAccount = (text: string) => /^\d{1,10}$/.test(text);

/** A whole number as in `#RAR -1`, `#DIM 6`; null otherwise. */
export function parseSieInteger(text: string): number | null {
  return /^-?\d{1,4}$/.test(text) ? Number(text) : null;
}
