/**
 * Cell suppression for a published 1-D list of counts with its total (participants by gender,
 * förbund per county with the national total, …). The list and its total form one line, so the
 * line rule is the whole story: no value 1..(threshold − 1) is shown, never exactly one value is
 * hidden, and hidden values never sum to their number while the total is shown (they would all be
 * 1). The attack model and its limits are those of `suppressTable`.
 */
import { chooseComplement, isLineSafe, type LineEntry } from './line-rule.ts';
import { type PublishedValue, SUPPRESSED } from './published-value.ts';
import { checkThreshold, DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-table.ts';

export interface ListSuppressionOptions {
  /** The smallest count that may be published (default 5). */
  readonly threshold?: number;
  /** Further indexes to hide besides small counts (e.g. a county with fewer than three förbund); zeros stay published. */
  readonly alsoSuppress?: (index: number) => boolean;
}

export interface SuppressedList {
  readonly values: readonly PublishedValue[];
  readonly total: PublishedValue;
}

/**
 * Suppresses a list of non-negative integer counts and its total (the sum) for publication.
 * Complements are the smallest non-zero values that make the line safe, the total last; ties go to
 * the first. Pure and deterministic.
 */
export const suppressList = (
  values: readonly number[],
  options: ListSuppressionOptions = {},
): SuppressedList => {
  const threshold = checkThreshold(options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD);
  for (const value of values) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`counts must be non-negative integers, got ${value}`);
    }
  }
  const total = values.reduce((sum, value) => sum + value, 0);
  let entries: LineEntry[] = [...values, total].map((value, index) => ({
    value,
    isSuppressed:
      value > 0 && (value < threshold || (index < values.length && (options.alsoSuppress?.(index) ?? false))),
    cost: index === values.length ? 1 : 0,
    order: index,
  }));
  while (!isLineSafe(entries)) {
    const choice = chooseComplement(entries);
    if (choice === undefined) throw new Error('suppressList: an unsafe list has nothing left to hide');
    entries = entries.map((entry, index) => (index === choice ? { ...entry, isSuppressed: true } : entry));
  }
  const published = entries.map((entry): PublishedValue => (entry.isSuppressed ? SUPPRESSED : entry.value));
  return { values: published.slice(0, values.length), total: published[values.length] ?? SUPPRESSED };
};
