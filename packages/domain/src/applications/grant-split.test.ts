import { describe, expect, it } from 'vitest';
import { splitGrantOverYears } from './grant-split.ts';

describe('splitGrantOverYears', () => {
  it('keeps the yearly amounts asked for when all was granted', () => {
    expect(
      splitGrantOverYears(
        150_000_000,
        [
          { year: 2021, requestedOre: 50_000_000 },
          { year: 2020, requestedOre: 100_000_000 },
        ],
        2020,
      ),
    ).toEqual([
      { year: 2020, amountOre: 100_000_000 },
      { year: 2021, amountOre: 50_000_000 },
    ]);
  });

  it('splits a smaller grant in proportion, summing to the öre', () => {
    const split = splitGrantOverYears(
      100_000_01,
      [
        { year: 2020, requestedOre: 1 },
        { year: 2021, requestedOre: 2 },
      ],
      2020,
    );
    expect(split).toEqual([
      { year: 2020, amountOre: 3_333_334 },
      { year: 2021, amountOre: 6_666_667 },
    ]);
    expect(split.reduce((sum, row) => sum + row.amountOre, 0)).toBe(100_000_01);
  });

  it('puts the grant on the fallback year when no yearly budget was given', () => {
    expect(splitGrantOverYears(55_000_000, [], 2016)).toEqual([{ year: 2016, amountOre: 55_000_000 }]);
    expect(splitGrantOverYears(55_000_000, [{ year: 2017, requestedOre: 0 }], 2016)).toEqual([
      { year: 2016, amountOre: 55_000_000 },
    ]);
  });
});
