/**
 * The rule for one line: a set of counts whose last entry is the sum of the others (a row or a
 * column of a table with its total, or a 1-D list with its total). Shared by the 1-D and 2-D
 * suppressors; internal to the statistics module.
 */

export interface LineEntry {
  readonly value: number;
  readonly isSuppressed: boolean;
  /** 0 = an inner cell, 1 = a row or column total, 2 = the grand total: the higher, the costlier to hide. */
  readonly cost: number;
  /** Stable position for a deterministic tie-break. */
  readonly order: number;
}

/**
 * A reader who knows the total and the published entries knows the sum of the suppressed ones.
 * The line is safe when that sum pins down no single suppressed value:
 * - no entry suppressed: nothing to protect;
 * - exactly one suppressed: it equals total − published (or the total equals the sum), so unsafe;
 * - total published and every suppressed cell is 1: because zeros are published, a reader knows a
 *   suppressed cell is at least 1, so k suppressed cells summing to k are all 1 — unsafe.
 * The line's total is its last entry.
 */
export const isLineSafe = (entries: readonly LineEntry[]): boolean => {
  const hidden = entries.filter((entry) => entry.isSuppressed);
  if (hidden.length === 0) return true;
  if (hidden.length === 1) return false;
  const total = entries[entries.length - 1];
  if (total === undefined || total.isSuppressed) return true;
  const hiddenSum = hidden.reduce((sum, entry) => sum + entry.value, 0);
  return hiddenSum !== hidden.length;
};

/**
 * The index of the published entry to suppress next in an unsafe line: one that makes the line
 * safe if any does, then the cheapest kind (cell before total before grand total), then the
 * smallest value (least information lost), then the first position. Zeros are never chosen:
 * every suppressed value is then ≥ 1, so a line's hidden entries can never be shown to be all 0,
 * and a non-zero candidate always exists (the total of a line with a hidden non-zero cell is
 * non-zero). Returns `undefined` only for a line with nothing left to hide.
 */
export const chooseComplement = (entries: readonly LineEntry[]): number | undefined => {
  let best: { index: number; key: readonly number[] } | undefined;
  entries.forEach((entry, index) => {
    if (entry.isSuppressed || entry.value === 0) return;
    const trial = entries.map((other, otherIndex) =>
      otherIndex === index ? { ...other, isSuppressed: true } : other,
    );
    const key = [isLineSafe(trial) ? 0 : 1, entry.cost, entry.value, entry.order];
    if (best === undefined || compareKeys(key, best.key) < 0) best = { index, key };
  });
  return best?.index;
};

/** Lexicographic comparison of equal-length number tuples. */
export const compareKeys = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};
