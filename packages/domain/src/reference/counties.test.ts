import { describe, expect, it } from 'vitest';
import { counties, countyCodeSchema, findCounty, getCounty, isCountyCode } from './counties.ts';
import { municipalities } from './municipalities.ts';

describe('counties', () => {
  it('lists the 21 counties', () => {
    expect(counties).toHaveLength(21);
  });

  it('has unique two-digit codes in ascending order', () => {
    const codes = counties.map((county) => county.code);
    for (const code of codes) expect(code).toMatch(/^\d{2}$/);
    expect(new Set(codes).size).toBe(21);
    expect([...codes].sort()).toEqual(codes);
  });

  it("has SCB's county codes, with the gaps left by merged counties", () => {
    expect(counties.map((county) => county.code)).toEqual([
      '01',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
      '09',
      '10',
      '12',
      '13',
      '14',
      '17',
      '18',
      '19',
      '20',
      '21',
      '22',
      '23',
      '24',
      '25',
    ]);
  });

  it('has unique county names and unique region names', () => {
    expect(new Set(counties.map((county) => county.name)).size).toBe(21);
    expect(new Set(counties.map((county) => county.regionName)).size).toBe(21);
  });

  it('names every county "… län"', () => {
    for (const county of counties) expect(county.name).toMatch(/ län$/);
  });

  it('knows the names of counties and regions', () => {
    expect(getCounty('21')).toEqual({ code: '21', name: 'Gävleborgs län', regionName: 'Region Gävleborg' });
    expect(getCounty('01').regionName).toBe('Region Stockholm');
    expect(getCounty('14').regionName).toBe('Västra Götalandsregionen');
    expect(getCounty('12').regionName).toBe('Region Skåne');
    expect(getCounty('09').regionName).toBe('Region Gotland');
    expect(getCounty('23').regionName).toBe('Region Jämtland Härjedalen');
  });

  it('has at least one municipality in every county', () => {
    for (const county of counties) {
      expect(municipalities.some((municipality) => municipality.countyCode === county.code)).toBe(true);
    }
  });

  it('rejects codes that are no county', () => {
    for (const code of ['02', '11', '15', '16', '26', '1', '210', '']) {
      expect(isCountyCode(code)).toBe(false);
      expect(findCounty(code)).toBeUndefined();
      expect(() => getCounty(code)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
      expect(countyCodeSchema.safeParse(code).success).toBe(false);
    }
  });

  it('parses an existing county code', () => {
    expect(countyCodeSchema.parse('21')).toBe('21');
  });
});
