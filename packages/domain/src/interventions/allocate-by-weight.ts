import type { Validated } from '../validation-problem.ts';

/**
 * Splits an integer `total` (öre, or anything countable) across parts in proportion to their
 * weights with the largest-remainder method: each part gets the floor of its exact share, and the
 * units left over go one each to the parts with the largest remainders (ties: larger weight, then
 * input order). The amounts always sum to `total` exactly. BigInt inside, because total × weight
 * overflows 2^53 for realistic öre totals and weights.
 * Problems: `allocation.totalInvalid`, `allocation.weightInvalid` (path: index), `allocation.noWeight`.
 */
export function allocateByWeight<T extends { weight: number }>(
  total: number,
  parts: readonly T[],
): Validated<(T & { amount: number })[]> {
  if (!Number.isSafeInteger(total) || total < 0) {
    return { ok: false, problems: [{ key: 'allocation.totalInvalid', path: [] }] };
  }
  const badWeights = parts.flatMap((part, index) =>
    Number.isSafeInteger(part.weight) && part.weight >= 0
      ? []
      : [{ key: 'allocation.weightInvalid', path: [index] }],
  );
  if (badWeights.length > 0) return { ok: false, problems: badWeights };
  const weightSum = parts.reduce((sum, part) => sum + BigInt(part.weight), 0n);
  if (weightSum === 0n) {
    return total === 0 && parts.length > 0
      ? { ok: true, value: parts.map((part) => ({ ...part, amount: 0 })) }
      : { ok: false, problems: [{ key: 'allocation.noWeight', path: [] }] };
  }
  const exact = parts.map((part, index) => {
    const scaled = BigInt(total) * BigInt(part.weight);
    return { index, floor: scaled / weightSum, remainder: scaled % weightSum, weight: part.weight };
  });
  let leftOver = BigInt(total) - exact.reduce((sum, item) => sum + item.floor, 0n);
  const byRemainder = [...exact].sort(
    (a, b) =>
      (a.remainder === b.remainder ? 0 : a.remainder > b.remainder ? -1 : 1) ||
      b.weight - a.weight ||
      a.index - b.index,
  );
  const extra = new Set<number>();
  for (const item of byRemainder) {
    if (leftOver === 0n) break;
    extra.add(item.index);
    leftOver -= 1n;
  }
  return {
    ok: true,
    value: parts.map((part, index) => ({
      ...part,
      amount: Number((exact[index]?.floor ?? 0n) + (extra.has(index) ? 1n : 0n)),
    })),
  };
}
