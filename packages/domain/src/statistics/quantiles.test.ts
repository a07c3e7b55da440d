import { describe, expect, it } from 'vitest';
import { ratio } from '../money/ratio.ts';
import { compareWithNation } from './compare-with-nation.ts';
import {
  countAboveGoal,
  MEDIAN,
  QUARTILE_1,
  QUARTILE_3,
  quantile,
  quartilePosition,
  quartiles,
} from './quantiles.ts';

const ints = (...values: number[]) => values.map((value) => ratio(value));

describe('quantile (type 7, as Excel QUARTILE.INC)', () => {
  it('matches Excel’s documented QUARTILE.INC example: {1,2,4,7,8,9,10,12} → Q1 = 3.5', () => {
    expect(quantile(ints(1, 2, 4, 7, 8, 9, 10, 12), QUARTILE_1)).toEqual(ratio(7, 2));
  });

  it('gives 1.75, 2.5 and 3.25 for 1, 2, 3, 4', () => {
    expect(quartiles(ints(4, 1, 3, 2))).toEqual({
      count: 4,
      q1: ratio(7, 4),
      median: ratio(5, 2),
      q3: ratio(13, 4),
    });
  });

  it('gives 20.25, 37.5 and 39.75 for 7, 15, 36, 39, 40, 41', () => {
    const values = ints(7, 15, 36, 39, 40, 41);
    expect([quantile(values, QUARTILE_1), quantile(values, MEDIAN), quantile(values, QUARTILE_3)]).toEqual([
      ratio(81, 4),
      ratio(75, 2),
      ratio(159, 4),
    ]);
  });

  it('takes the middle value of an odd list as the median, and the value itself for one value', () => {
    expect(quantile(ints(9, 1, 5), MEDIAN)).toEqual(ratio(5));
    expect(quartiles(ints(8))).toEqual({ count: 1, q1: ratio(8), median: ratio(8), q3: ratio(8) });
  });

  it('keeps the median of shares of öre amounts an exact fraction', () => {
    // Equity shares of three förbund with revenue around 100 million kr (10^10 öre): the median is
    // the middle share itself, not a float near it.
    const gavleborg = ratio(5_776_803_00, 13_319_500_00);
    const values = [gavleborg, ratio(1_000_000_001, 9_999_999_999), ratio(9_999_999_999, 10_000_000_000)];
    expect(quantile(values, MEDIAN)).toEqual(gavleborg);
    expect(quantile([ratio(1, 3), ratio(1, 7)], MEDIAN)).toEqual(ratio(5, 21));
  });

  it('rejects an empty list and p outside [0, 1]', () => {
    expect(() => quantile([], MEDIAN)).toThrow(RangeError);
    expect(() => quantile(ints(1), ratio(5, 4))).toThrow(RangeError);
  });
});

describe('quartilePosition', () => {
  const distribution = quartiles(ints(1, 2, 3, 4, 5));
  it('puts a value at or below Q1 in the 1st quartile (the lowest 25 %)', () => {
    expect(quartilePosition(ratio(2), distribution)).toBe(1);
    expect(quartilePosition(ratio(0), distribution)).toBe(1);
  });
  it('puts the median itself in the 2nd quartile and a value above Q3 in the 4th', () => {
    expect(quartilePosition(ratio(3), distribution)).toBe(2);
    expect(quartilePosition(ratio(7, 2), distribution)).toBe(3);
    expect(quartilePosition(ratio(9, 2), distribution)).toBe(4);
  });
});

describe('countAboveGoal', () => {
  it('counts förbund strictly above their own equity goal and skips those without a goal', () => {
    expect(
      countAboveGoal([
        { value: ratio(5_776_803, 13_319_500), goal: ratio(20, 100) }, // Gävleborg 2019: 43 % > 20 %
        { value: ratio(20, 100), goal: ratio(1, 5) }, // exactly at the goal is not above it
        { value: ratio(1, 10), goal: ratio(1, 5) },
        { value: ratio(1, 2), goal: null },
      ]),
    ).toBe(1);
  });
});

describe('compareWithNation', () => {
  const contributions = [
    { forbundId: 'gavleborg', value: ratio(43, 100) },
    { forbundId: 'harnosand-timra', value: ratio(10, 100) },
    { forbundId: 'insjoriket', value: ratio(20, 100) },
    { forbundId: 'other', value: ratio(30, 100) },
  ];

  it('gives the own value, the national quartiles and the own quartile', () => {
    const result = compareWithNation('gavleborg', contributions);
    expect(result.own).toEqual(ratio(43, 100));
    expect(result.nation).toMatchObject({
      isPublished: true,
      contributors: 4,
      value: { median: ratio(1, 4) },
    });
    expect(result.quartile).toBe(4);
  });

  it('withholds the national figures and the quartile with fewer than three förbund', () => {
    const result = compareWithNation('gavleborg', contributions.slice(0, 2));
    expect(result.nation).toMatchObject({ isPublished: false, reason: 'too_few_contributors' });
    expect(result.quartile).toBeNull();
  });

  it('has no quartile for a förbund that has not reported the figure', () => {
    const result = compareWithNation('gavleborg', [
      ...contributions.slice(1),
      { forbundId: 'gavleborg', value: null },
    ]);
    expect(result.own).toBeNull();
    expect(result.quartile).toBeNull();
  });
});
