/**
 * An exact share `numerator / denominator`, kept as two integers so that "6 of 11" stays 6 of 11;
 * only display rounds. Used for goal shares ("55 % to work"), share of target and budget used.
 */
export interface Share {
  numerator: number;
  denominator: number;
}

/** A share, or null when the denominator is 0: "0 of 0" has no percentage, it must not divide by zero. */
export function shareOf(numerator: number, denominator: number): Share | null {
  return denominator === 0 ? null : { numerator, denominator };
}

/**
 * THE rounding rule for every percentage Samsyn shows for interventions: round half up to a whole
 * percent (6/11 = 54.5… → 55; 1/8 = 12.5 → 13). Computed in integers so 0.5 is never lost to
 * floating point. Negative shares (a negative spend correction) round half away from zero.
 */
export function roundedPercent(share: Share): number {
  const { numerator, denominator } = share.denominator < 0 ? negate(share) : share;
  const sign = numerator < 0 ? -1 : 1;
  const scaled = Math.abs(numerator) * 100;
  return sign * Math.floor((2 * scaled + denominator) / (2 * denominator));
}

/** True when `share` ≥ `percent` % — compared exactly, without rounding the share first. */
export function isShareAtLeastPercent(share: Share, percent: number): boolean {
  const { numerator, denominator } = share.denominator < 0 ? negate(share) : share;
  return numerator * 100 >= percent * denominator;
}

/** True when `share` ≤ `percent` %, compared exactly. */
export function isShareAtMostPercent(share: Share, percent: number): boolean {
  const { numerator, denominator } = share.denominator < 0 ? negate(share) : share;
  return numerator * 100 <= percent * denominator;
}

function negate(share: Share): Share {
  return { numerator: -share.numerator, denominator: -share.denominator };
}
