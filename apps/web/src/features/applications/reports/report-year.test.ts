import { describe, expect, it } from 'vitest';
import { reportYear } from './report-year.ts';

describe('reportYear', () => {
  it('takes the year in the address and offers 2010 to five years ahead, newest first', () => {
    const { year, years } = reportYear('2016', 2026);
    expect(year).toBe(2016);
    expect(years[0]).toBe(2031);
    expect(years.at(-1)).toBe(2010);
    expect(years).toHaveLength(22);
  });

  it('falls back to this year for a missing, malformed or out-of-range year', () => {
    for (const asked of [null, '', '20x6', '1999', '2101', '20160'])
      expect(reportYear(asked, 2026).year).toBe(2026);
  });

  it('widens the choices to an early or late year asked for', () => {
    expect(reportYear('2005', 2026).years.at(-1)).toBe(2005);
    expect(reportYear('2040', 2026).years[0]).toBe(2040);
  });
});
