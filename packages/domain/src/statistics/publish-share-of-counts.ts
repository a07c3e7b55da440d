/**
 * Shares and per-participant figures built on participant counts. A share reveals its counts when
 * the whole is known: "3 of 15 went to work" gives away the 3, and "12 of 15" the 3 who did not.
 */

import { type Ratio, ratio } from '../money/ratio.ts';
import { SUPPRESSED, type Suppressed } from './published-value.ts';
import { DEFAULT_SUPPRESSION_THRESHOLD } from './suppress-table.ts';

const isSmall = (count: number, threshold: number): boolean => count > 0 && count < threshold;

const checkCount = (count: number): void => {
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`counts must be non-negative integers, got ${count}`);
};

/**
 * `part / whole` of two participant counts, or suppressed when the part, the whole or the rest
 * (whole − part) is 1..(threshold − 1); `null` when the whole is 0 (no share to speak of). Zeros
 * are published, as in the tables: 0 % and 100 % of 20 are shown.
 */
export const publishShareOfCounts = (
  part: number,
  whole: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Ratio | Suppressed | null => {
  checkCount(part);
  checkCount(whole);
  if (part > whole) throw new RangeError(`a part (${part}) cannot exceed its whole (${whole})`);
  if (whole === 0) return null;
  if ([part, whole, whole - part].some((count) => isSmall(count, threshold))) return SUPPRESSED;
  return ratio(part, whole);
};

/**
 * An amount in öre per participant (e.g. cost per participant), or suppressed when there are
 * 1..(threshold − 1) participants (the amount is public, so the quotient gives the count away);
 * `null` with no participants.
 */
export const publishPerParticipant = (
  amount: number,
  participants: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Ratio | Suppressed | null => {
  checkCount(participants);
  if (participants === 0) return null;
  if (isSmall(participants, threshold)) return SUPPRESSED;
  return ratio(amount, participants);
};
