import { describe, expect, it } from 'vitest';
import { forecastResultOf } from './forecast-result.ts';

const revenue = [{ code: 'bidrag', budget: 1_000_00 }];
const costs = [
  { code: 'lon', budget: 600_00 },
  { code: 'lokal', budget: 100_00 },
];

describe('forecastResultOf', () => {
  it('forecasts empty lines at budget', () => {
    expect(forecastResultOf(revenue, costs, {}, 'kr')).toBe(300_00);
  });

  it('follows what is typed, in the unit of the form', () => {
    expect(forecastResultOf(revenue, costs, { lon: '700' }, 'kr')).toBe(200_00);
    expect(forecastResultOf(revenue, costs, { bidrag: '2' }, 'tkr')).toBe(1_300_00);
  });

  it('counts a half-typed or negative figure at budget', () => {
    expect(forecastResultOf(revenue, costs, { lon: '7,,', lokal: '-5' }, 'kr')).toBe(300_00);
  });
});
