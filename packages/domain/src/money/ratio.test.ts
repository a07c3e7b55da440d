import { describe, expect, it } from 'vitest';
import { kronor } from './ore.ts';
import { addRatio, applyRatio, compareRatio, percent, ratio, shareOfOre, subtractRatio } from './ratio.ts';
import { roundHalfAwayFromZero } from './round-half-away-from-zero.ts';

describe('roundHalfAwayFromZero — the one rounding rule', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(5n, 2n)).toBe(3n);
    expect(roundHalfAwayFromZero(-5n, 2n)).toBe(-3n);
    expect(roundHalfAwayFromZero(7n, 2n)).toBe(4n);
    expect(roundHalfAwayFromZero(-7n, 2n)).toBe(-4n);
  });
  it('rounds everything else to the nearest integer', () => {
    expect(roundHalfAwayFromZero(249n, 100n)).toBe(2n);
    expect(roundHalfAwayFromZero(251n, 100n)).toBe(3n);
    expect(roundHalfAwayFromZero(-249n, 100n)).toBe(-2n);
    expect(roundHalfAwayFromZero(4n, 2n)).toBe(2n);
  });
});

describe('ratio', () => {
  it('keeps a share in lowest terms: 3 330 000 of 6 659 750 kr', () => {
    expect(shareOfOre(kronor(3_330_000), kronor(6_659_750))).toEqual(ratio(13_320, 26_639));
  });
  it('reads percentages exactly through their decimal text', () => {
    expect(percent('36.6')).toEqual(ratio(183, 500));
    expect(percent(36.6)).toEqual(ratio(183, 500));
    expect(percent('20')).toEqual(ratio(1, 5));
    expect(percent('13,3')).toEqual(ratio(133, 1000));
  });
  it('compares an equity share of 5 776 803 / 13 319 500 against 20 % without floating point', () => {
    expect(compareRatio(shareOfOre(kronor(5_776_803), kronor(13_319_500)), percent(20))).toBe(1);
    expect(compareRatio(shareOfOre(kronor(2_663_900), kronor(13_319_500)), percent(20))).toBe(0);
  });
  it('applies a share to an amount to the öre, halves away from zero', () => {
    expect(applyRatio(kronor(6_659_750), percent(25))).toBe(kronor(1_664_937.5));
    expect(applyRatio(kronor(-0.01), percent(50))).toBe(-1);
    expect(applyRatio(kronor(0.01), percent(50))).toBe(1);
  });
  it('adds and subtracts exactly', () => {
    expect(addRatio(percent(50), percent(25))).toEqual(percent(75));
    expect(subtractRatio(percent('36.6'), percent('36.5'))).toEqual(ratio(1, 1000));
  });
});
