import { SUPPRESSED_SYMBOL } from '../statistics/published-value.ts';
import { compareExact, exactFromDecimal } from './exact-value.ts';

/**
 * Fewer answers than this and a result is shown as "..", never as a value, and counts as not
 * measured in a follow-up: with one to four respondents a mean says little and can point at a
 * person (the same threshold as the national views' counts).
 */
export const NNS_MIN_ANSWERS = 5;

export type NnsPublished = string | typeof SUPPRESSED_SYMBOL;

/** The result as it may be shown: its decimal text, or ".." with fewer than five answers. */
export const publishNnsValue = (n: number, value: string): NnsPublished =>
  n < NNS_MIN_ANSWERS ? SUPPRESSED_SYMBOL : value;

export const isNnsMeasured = (n: number): boolean => n >= NNS_MIN_ANSWERS;

/** How a result stands against another figure, in words on the page (never colour alone). */
export type NnsComparison = 'higher' | 'lower' | 'same' | 'none';

/**
 * `value` against `other` (last year's result or the national figure), exactly: 'none' when
 * either is missing or suppressed.
 */
export function compareNns(value: NnsPublished | null, other: NnsPublished | null): NnsComparison {
  if (value === null || other === null || value === SUPPRESSED_SYMBOL || other === SUPPRESSED_SYMBOL)
    return 'none';
  const order = compareExact(exactFromDecimal(value), exactFromDecimal(other));
  return order > 0 ? 'higher' : order < 0 ? 'lower' : 'same';
}

/** value − other as decimal text with one or two decimals ('0.4', '-1.25'), exact; null if not comparable. */
export function nnsDifference(value: NnsPublished | null, other: NnsPublished | null): string | null {
  if (compareNns(value, other) === 'none') return null;
  const hundredths = (text: string) => {
    const [whole = '0', fraction = ''] = text.split('.');
    return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  };
  const diff = hundredths(value as string) - hundredths(other as string);
  const sign = diff < 0 ? '-' : '';
  const abs = Math.abs(diff);
  const fraction = String(abs % 100).padStart(2, '0');
  return `${sign}${Math.floor(abs / 100)}.${fraction.endsWith('0') ? fraction.slice(0, 1) : fraction}`;
}

/** numeric text as PostgreSQL gives it ('7.60', '8.00') with one decimal kept, two where needed ('7.6', '8.0', '7.25'). */
export const trimNnsDecimal = (text: string): string => {
  const [whole = '0', fraction = ''] = text.split('.');
  const digits = fraction.replace(/0+$/, '').padEnd(1, '0');
  return `${whole}.${digits}`;
};
