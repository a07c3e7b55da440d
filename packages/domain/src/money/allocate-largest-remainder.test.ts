import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder } from './allocate-largest-remainder.ts';
import { allocateOre } from './allocate-ore.ts';
import { kronor } from './ore.ts';

describe('allocateLargestRemainder', () => {
  it('gives the leftover units to the largest remainders', () => {
    // 10 split 1:1:1 = 3,33 each; the leftover unit goes to the first of the equal remainders.
    expect(allocateLargestRemainder(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(allocateLargestRemainder(100n, [1n, 2n, 3n])).toEqual([17n, 33n, 50n]);
  });
  it('breaks a tie in remainder in favour of the larger weight', () => {
    expect(allocateLargestRemainder(1n, [1n, 3n])).toEqual([0n, 1n]);
  });
  it('refuses negative totals and weights, and weights that are all zero', () => {
    expect(() => allocateLargestRemainder(-1n, [1n])).toThrow('allocation.negativeTotal');
    expect(() => allocateLargestRemainder(1n, [-1n, 2n])).toThrow('allocation.negativeWeight');
    expect(() => allocateLargestRemainder(1n, [0n, 0n])).toThrow('allocation.noWeight');
  });
  it('always adds up to the total and keeps each part within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.some((weight) => weight > 0n));
          const parts = allocateLargestRemainder(total, weights);
          const weightSum = weights.reduce((a, b) => a + b, 0n);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          parts.forEach((part, index) => {
            const exactTimesSum = total * (weights[index] ?? 0n);
            expect(part * weightSum >= exactTimesSum - weightSum).toBe(true);
            expect(part * weightSum <= exactTimesSum + weightSum).toBe(true);
          });
        },
      ),
    );
  });
});

describe('allocateOre', () => {
  it('splits in whole kronor and refuses a total with öre', () => {
    expect(allocateOre(kronor(3_329_750), [1n, 1n], 'krona')).toEqual([kronor(1_664_875), kronor(1_664_875)]);
    expect(allocateOre(kronor(3), [1n, 1n], 'krona')).toEqual([kronor(2), kronor(1)]);
    expect(() => allocateOre(kronor(3.5), [1n, 1n], 'krona')).toThrow('allocation.notWholeUnit');
    expect(allocateOre(kronor(0.03), [1n, 1n], 'ore')).toEqual([2, 1]);
  });
});
