import { describe, expect, it } from 'vitest';
import { isShareAtLeastPercent, isShareAtMostPercent, roundedPercent, shareOf } from './share.ts';

describe('shareOf and roundedPercent', () => {
  it('gives no share at all for a zero denominator instead of dividing by zero', () => {
    expect(shareOf(5, 0)).toBeNull();
    expect(shareOf(0, 0)).toBeNull();
  });
  it('rounds 6 of 11 (54.55 %) up to 55 %', () => {
    expect(roundedPercent({ numerator: 6, denominator: 11 })).toBe(55);
  });
  it('rounds an exact half up: 1 of 8 (12.5 %) is 13 %', () => {
    expect(roundedPercent({ numerator: 1, denominator: 8 })).toBe(13);
  });
  it('rounds below a half down: 1 of 11 (9.09 %) is 9 %', () => {
    expect(roundedPercent({ numerator: 1, denominator: 11 })).toBe(9);
  });
  it('rounds a negative share half away from zero', () => {
    expect(roundedPercent({ numerator: -1, denominator: 8 })).toBe(-13);
  });
  it('compares a share with a target percentage exactly, not after rounding', () => {
    // 199/500 = 39.8 % would display as 40 % but does not reach a 40 % target.
    expect(isShareAtLeastPercent({ numerator: 199, denominator: 500 }, 40)).toBe(false);
    expect(isShareAtLeastPercent({ numerator: 200, denominator: 500 }, 40)).toBe(true);
    expect(isShareAtMostPercent({ numerator: 201, denominator: 500 }, 40)).toBe(false);
  });
});
