import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareExact,
  exactFromDecimal,
  exactValue,
  formatPercent,
  shareFromPercentDecimal,
} from './exact-value.ts';

describe('exactValue', () => {
  it('keeps a value in lowest terms with a positive denominator', () => {
    expect(exactValue(5_776_803, 13_319_500)).toEqual({ numerator: 5_776_803, denominator: 13_319_500 });
    expect(exactValue(4, -6)).toEqual({ numerator: -2, denominator: 3 });
    expect(exactValue(0, 7)).toEqual({ numerator: 0, denominator: 1 });
  });

  it('refuses a zero denominator and parts beyond the safe integers', () => {
    expect(() => exactValue(1, 0)).toThrow('exactValue.zeroDenominator');
    expect(() => exactValue(2 ** 53, 1)).toThrow('exactValue.notSafeInteger');
    expect(() => exactValue(0.5, 1)).toThrow('exactValue.notSafeInteger');
  });
});

describe('exactFromDecimal', () => {
  it("reads '20.00' as exactly 20", () => {
    expect(exactFromDecimal('20.00')).toEqual({ numerator: 20, denominator: 1 });
  });

  it('reads decimals from the text, never through a float', () => {
    expect(exactFromDecimal('0.1')).toEqual({ numerator: 1, denominator: 10 });
    expect(exactFromDecimal('-1.25')).toEqual({ numerator: -5, denominator: 4 });
    expect(exactFromDecimal('36,6')).toEqual({ numerator: 183, denominator: 5 });
    expect(exactFromDecimal('7')).toEqual({ numerator: 7, denominator: 1 });
  });

  it('refuses text that is not a decimal number', () => {
    expect(() => exactFromDecimal('20 %')).toThrow('exactValue.invalidDecimal');
    expect(() => exactFromDecimal('')).toThrow('exactValue.invalidDecimal');
    expect(() => exactFromDecimal('1e3')).toThrow('exactValue.invalidDecimal');
  });

  it("reads a percent target '20.00' as the share 1/5", () => {
    expect(shareFromPercentDecimal('20.00')).toEqual({ numerator: 1, denominator: 5 });
  });
});

describe('compareExact', () => {
  it("judges Gävleborg's 43 % equity share above the 20 % limit", () => {
    expect(compareExact(exactValue(5_776_803, 13_319_500), shareFromPercentDecimal('20.00'))).toBe(1);
  });

  it('tells equal values apart from values a float cannot separate', () => {
    // 3 002 399 751 580 330 / (2^53 − 1) is just below 1/3, yet the same double.
    const third = exactValue(1, 3);
    expect(compareExact(third, exactValue(2, 6))).toBe(0);
    const justBelow = { numerator: 3_002_399_751_580_330, denominator: 9_007_199_254_740_991 };
    expect(justBelow.numerator / justBelow.denominator).toBe(1 / 3);
    expect(compareExact(justBelow, third)).toBe(-1);
    expect(compareExact(third, justBelow)).toBe(1);
  });

  it('is antisymmetric and agrees with cross-multiplication over safe integers', () => {
    const part = fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    const whole = fc.integer({ min: 1, max: 1_000_000_000 });
    fc.assert(
      fc.property(part, whole, part, whole, (an, ad, bn, bd) => {
        const a = exactValue(an, ad);
        const b = exactValue(bn, bd);
        expect(compareExact(a, b)).toBe(-compareExact(b, a) || 0);
        const cross = BigInt(an) * BigInt(bd) - BigInt(bn) * BigInt(ad);
        expect(compareExact(a, b)).toBe(cross < 0n ? -1 : cross > 0n ? 1 : 0);
      }),
    );
  });
});

describe('formatPercent', () => {
  it('shows an exact share as a Swedish whole percent, rounded half away from zero', () => {
    expect(formatPercent(exactValue(5_776_803, 13_319_500))).toBe('43\u00a0%');
    expect(formatPercent(exactValue(5_776_803, 13_319_500), { decimals: 1 })).toBe('43,4\u00a0%');
    expect(formatPercent(exactValue(1, 200))).toBe('1\u00a0%');
    expect(formatPercent(exactValue(1, 1))).toBe('100\u00a0%');
  });
});
