import { MAX_ORE, ORE_PER_KRONA, type Ore, ore } from './ore.ts';

/** Why a kronor text was refused; stable keys for the i18n catalogue. */
export type ParseKronorError =
  | 'money.empty'
  | 'money.invalidFormat'
  | 'money.tooManyDecimals'
  | 'money.tooLarge';

export type ParseKronorResult = { ok: true; value: Ore } | { ok: false; error: ParseKronorError };

// Thousands separators people and spreadsheets produce: space, no-break space (what Intl's sv-SE
// output contains) and narrow no-break space (what newer CLDR data uses).
const GROUP_SEPARATORS = /[ \u00a0\u202f]/g;
const MINUS_SIGNS = /^[-\u2212\u2013]/;

/**
 * Reads a kronor amount written the Swedish way: "1 234 567", "1 234 567,50", "-12 345",
 * "−12 345" (Unicode minus, as Intl writes it), with ordinary, no-break or narrow no-break spaces
 * between the thousands, an optional trailing "kr". A decimal point is accepted only when it can
 * mean nothing else ("1234567.5", as a spreadsheet cell turned into text): "1.234" is refused,
 * since it is 1 234 kr to some and 1,234 kr to others.
 */
export function parseKronor(text: string): ParseKronorResult {
  let rest = text.trim().replace(/\s*kr$/i, '');
  if (rest === '') return { ok: false, error: 'money.empty' };
  const negative = MINUS_SIGNS.test(rest);
  if (negative) rest = rest.slice(1).trimStart();

  let whole: string;
  let fraction = '';
  const comma = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})*|\d+)(?:,(\d+))?$/.exec(rest);
  const point = /^(\d+)\.(\d+)$/.exec(rest);
  if (comma?.[1] !== undefined) {
    whole = comma[1].replace(GROUP_SEPARATORS, '');
    fraction = comma[2] ?? '';
  } else if (point?.[1] !== undefined && point[2] !== undefined && point[2].length <= 2) {
    whole = point[1];
    fraction = point[2];
  } else {
    return { ok: false, error: 'money.invalidFormat' };
  }
  if (fraction.length > 2) return { ok: false, error: 'money.tooManyDecimals' };

  const amount = BigInt(whole) * BigInt(ORE_PER_KRONA) + BigInt(fraction.padEnd(2, '0'));
  if (amount > BigInt(MAX_ORE)) return { ok: false, error: 'money.tooLarge' };
  return { ok: true, value: ore(Number(negative ? -amount : amount)) };
}
