import { singleLineText } from './text.ts';

/**
 * Swedish organisation number (organisationsnummer), written NNNNNN-NNNN. The last digit is a
 * Luhn (mod 10) check digit over the first nine, as for personal identity numbers. A
 * samordningsförbund, as a public body, has one starting with 2 (e.g. 222000-3137).
 */
export function isValidOrganisationNumber(value: string): boolean {
  const match = /^(\d{6})-(\d{4})$/.exec(value);
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`.split('').map(Number);
  const sum = digits.slice(0, 9).reduce((total, digit, index) => {
    const weighted = index % 2 === 0 ? digit * 2 : digit;
    return total + (weighted > 9 ? weighted - 9 : weighted);
  }, 0);
  return (10 - (sum % 10)) % 10 === digits[9];
}

/** Accepts "2220003137" or "222000-3137" (and surrounding space); yields the hyphenated form. */
export const organisationNumberSchema = singleLineText()
  .max(20)
  .transform((value) => (/^\d{10}$/.test(value) ? `${value.slice(0, 6)}-${value.slice(6)}` : value))
  .refine((value) => /^\d{6}-\d{4}$/.test(value), { message: 'orgNumber.format' })
  .refine(isValidOrganisationNumber, { message: 'orgNumber.checkDigit' });
