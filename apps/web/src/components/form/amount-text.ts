import { formatMoney, MAX_ORE, type Ore, type ParseKronorResult, parseKronor } from '@samsyn/domain';
import { z } from 'zod';

/** The unit an amount is typed in: kronor, or thousands of kronor as budgets are written. */
export type AmountUnit = 'kr' | 'tkr';

const GROUPS = /[ \u00a0\u202f]/g;

/**
 * Reads an amount typed in Swedish ("1 600 000", "−12 345,50") to öre. In tkr "1 600" is
 * 1 600 000 kr and "1 234,5675" is 1 234 567,50 kr: the decimal comma moves three places, then the
 * one kronor parser (the domain's `parseKronor`) reads it, so both units share its rules and keys.
 */
export function parseAmountText(text: string, unit: AmountUnit = 'kr'): ParseKronorResult {
  if (unit === 'kr') return parseKronor(text);
  const match = /^\s*([-\u2212\u2013]?)\s*([\d \u00a0\u202f]+)(?:,(\d*))?\s*(?:tkr)?\s*$/i.exec(text);
  if (!match?.[2] || !/^(\d{1,3}([ \u00a0\u202f]\d{3})*|\d+)$/.test(match[2].trim()))
    return parseKronor(text.trim() === '' ? '' : 'x');
  const fraction = match[3] ?? '';
  const whole = `${match[2].replace(GROUPS, '')}${fraction.slice(0, 3).padEnd(3, '0')}`;
  const rest = fraction.slice(3);
  return parseKronor(`${match[1]}${whole}${rest ? `,${rest}` : ''}`);
}

/**
 * An amount as a field shows it for editing, exact to the öre: "1 234 567,50" in kr,
 * "1 234,5675" in tkr (never rounded, so saving an unchanged form changes nothing).
 */
export function amountToText(amount: number | null, unit: AmountUnit = 'kr'): string {
  if (amount === null) return '';
  if (unit === 'kr') return formatMoney(amount as Ore).replace(/\u00a0kr$/, '');
  const text = formatMoney(amount as Ore, { unit: 'tkr', decimals: 5 }).replace(/\u00a0tkr$/, '');
  // Five decimals always carry a comma, so only the fraction's zeros are dropped.
  return text.replace(/,?0+$/, '');
}

/**
 * A money field of a kit form: holds the text as typed, parses to öre with the catalogue's keys
 * (`money.invalidFormat` …). `empty` says what a blank field means: 0, null (nothing entered), or
 * a missing amount.
 */
export function amountTextSchema<Empty extends 'zero' | 'null' | 'required'>(options: {
  unit: AmountUnit;
  empty: Empty;
  allowNegative?: boolean;
}) {
  return z
    .string({ error: 'money.notText' })
    .transform((text, ctx): Empty extends 'null' ? number | null : number => {
      // Plain numbers, not `Ore`: the API's schemas take numbers and brand them themselves.
      type Out = Empty extends 'null' ? number | null : number;
      if (text.trim() === '' && options.empty !== 'required')
        return (options.empty === 'null' ? null : 0) as Out;
      const parsed = parseAmountText(text, options.unit);
      if (!parsed.ok) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      if (parsed.value < 0 && !options.allowNegative) {
        ctx.addIssue({ code: 'custom', message: 'money.negative' });
        return z.NEVER;
      }
      if (Math.abs(parsed.value) > MAX_ORE) {
        ctx.addIssue({ code: 'custom', message: 'money.tooLarge' });
        return z.NEVER;
      }
      return Number(parsed.value) as Out;
    });
}
