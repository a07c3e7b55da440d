import type { Ore } from '../money/ore.ts';
import { subtractOre, sumOre } from '../money/ore-math.ts';

export interface SpecificationCheck {
  /** Sum of the specification's lines. */
  sum: Ore;
  /** The total the document states. */
  stated: Ore;
  /** sum − stated; not 0 means the note does not add up. */
  difference: Ore;
  isConsistent: boolean;
}

/**
 * Compares a note's lines (a specification: not 1, not 2 …) with the total it states. Reports do
 * not always add up — Gävleborg's not 2 for 2018 sums to 4 158 194 kr under a stated 4 203 042 kr —
 * and Samsyn shows the difference instead of silently using either figure.
 */
export function specificationCheck(lines: readonly Ore[], stated: Ore): SpecificationCheck {
  const sum = sumOre(lines);
  const difference = subtractOre(sum, stated);
  return { sum, stated, difference, isConsistent: difference === 0 };
}
