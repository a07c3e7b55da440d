/**
 * Splits a whole number of units among weights so that the parts add up to EXACTLY the total
 * (the largest-remainder, or Hamilton, method): each part first gets the integer part of its exact
 * share, then the units left over go one each to the parts with the largest fractional remainders.
 * Ties go to the larger weight, then to the earlier position, so the result is deterministic and
 * does not depend on how a förbund happens to sort its members.
 *
 * Every part ends up at its exact share rounded down or up, never further away, which is why this
 * (and not rounding each part) is how contributions are split: rounding ten municipalities' shares
 * one by one can miss the municipalities' total by several kronor.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError('allocation.negativeTotal');
  if (weights.some((weight) => weight < 0n)) throw new RangeError('allocation.negativeWeight');
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) throw new RangeError('allocation.noWeight');

  const parts = weights.map((weight) => (total * weight) / weightSum);
  const remainders = weights.map((weight, index) => ({
    index,
    weight,
    remainder: (total * weight) % weightSum,
  }));
  let left = total - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    if (a.weight !== b.weight) return a.weight > b.weight ? -1 : 1;
    return a.index - b.index;
  });
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts;
}
