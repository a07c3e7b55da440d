import { describe, expect, it } from 'vitest';
import { syntheticInYear } from './synthetic-in-year.ts';

describe('syntheticInYear', () => {
  const years = [
    { year: 2019, synthetic: 0 },
    { year: 2020, synthetic: 40 },
  ];

  it('counts the synthetic förbund of the year shown, not of any year', () => {
    expect(syntheticInYear({ year: 2020, years })).toBe(40);
    expect(syntheticInYear({ year: 2019, years })).toBe(0);
  });

  it('is 0 when there is no year to show', () => {
    expect(syntheticInYear({ year: null, years })).toBe(0);
  });
});
