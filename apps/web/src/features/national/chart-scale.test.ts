import { describe, expect, it } from 'vitest';
import { niceTicks } from './chart-scale.ts';

describe('niceTicks', () => {
  it('steps by round numbers from zero to at least the largest value', () => {
    expect(niceTicks([43.2, 12, 27.5])).toEqual([0, 20, 40, 60]);
    expect(niceTicks([12_345_678])).toEqual([0, 5_000_000, 10_000_000, 15_000_000]);
    expect(niceTicks([3])).toEqual([0, 1, 2, 3]);
  });

  it('reaches below zero for negative values and keeps decimals exact', () => {
    expect(niceTicks([-150, 420])).toEqual([-200, 0, 200, 400, 600]);
    expect(niceTicks([0.3])).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('gives an axis from 0 to 1 when there is nothing to show', () => {
    expect(niceTicks([])).toEqual([0, 1]);
    expect(niceTicks([0, 0])).toEqual([0, 1]);
  });
});
