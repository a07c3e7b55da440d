import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePeriods,
  formatPeriod,
  monthsOf,
  type Period,
  parsePeriod,
  periodContains,
  periodEndDate,
  periodStartDate,
  periodTextSchema,
  sumOverPeriods,
  tilePeriod,
} from './period.ts';

const p = (text: string): Period => {
  const period = parsePeriod(text);
  if (!period) throw new Error(`bad period ${text}`);
  return period;
};

describe('parsePeriod and formatPeriod', () => {
  it('reads a year, a half-year and a month', () => {
    expect(parsePeriod('2019')).toEqual({ type: 'year', year: 2019 });
    expect(parsePeriod('2019-H1')).toEqual({ type: 'half_year', year: 2019, half: 1 });
    expect(parsePeriod('2019-06')).toEqual({ type: 'month', year: 2019, month: 6 });
  });
  it('rejects month 13, month 0, H3, lower-case h and years outside 2000–2100', () => {
    for (const text of ['2019-13', '2019-00', '2019-H3', '2019-h1', '1999', '2101', '2019-6', '']) {
      expect(parsePeriod(text)).toBeNull();
    }
    expect(periodTextSchema.safeParse('2019-H3').error?.issues[0]?.message).toBe('period.invalid');
  });
  it('formats every period back to the text it was read from', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 14 }), (year, code) => {
        const text =
          code === 0
            ? `${year}`
            : code <= 12
              ? `${year}-${String(code).padStart(2, '0')}`
              : `${year}-H${code - 12}`;
        expect(formatPeriod(p(text))).toBe(text);
      }),
    );
  });
});

describe('periodContains', () => {
  it('lets H1 contain January to June and not July', () => {
    const h1 = p('2019-H1');
    expect(monthsOf(h1).map(formatPeriod)).toEqual([
      '2019-01',
      '2019-02',
      '2019-03',
      '2019-04',
      '2019-05',
      '2019-06',
    ]);
    expect(periodContains(h1, p('2019-06'))).toBe(true);
    expect(periodContains(h1, p('2019-07'))).toBe(false);
    expect(periodContains(p('2019'), h1)).toBe(true);
    expect(periodContains(h1, p('2019'))).toBe(false);
    expect(periodContains(p('2020'), p('2019-12'))).toBe(false);
  });
});

describe('period dates and order', () => {
  it('gives the first and last day, leap years included', () => {
    expect(periodStartDate(p('2019-H2'))).toBe('2019-07-01');
    expect(periodEndDate(p('2019-H1'))).toBe('2019-06-30');
    expect(periodEndDate(p('2020-02'))).toBe('2020-02-29');
    expect(periodEndDate(p('2019'))).toBe('2019-12-31');
  });
  it('orders by start, the shorter period first', () => {
    const sorted = ['2020', '2019-07', '2019', '2019-H2', '2019-H1', '2019-01'].map(p).sort(comparePeriods);
    expect(sorted.map(formatPeriod)).toEqual(['2019-01', '2019-H1', '2019', '2019-07', '2019-H2', '2020']);
  });
});

describe('sumOverPeriods', () => {
  it('sums six months into H1', () => {
    const months = [3, 1, 4, 1, 5, 9].map((value, index) => ({ period: p(`2019-0${index + 1}`), value }));
    expect(sumOverPeriods(months, p('2019-H1'))).toEqual({ ok: true, value: 23 });
  });
  it('sums two half-years, or H1 and six months, into the year', () => {
    expect(
      sumOverPeriods(
        [
          { period: p('2019-H2'), value: 7 },
          { period: p('2019-H1'), value: 5 },
        ],
        p('2019'),
      ),
    ).toEqual({
      ok: true,
      value: 12,
    });
    const h2Months = [7, 8, 9, 10, 11, 12].map((month) => ({
      period: p(`2019-${String(month).padStart(2, '0')}`),
      value: 1,
    }));
    expect(sumOverPeriods([{ period: p('2019-H1'), value: 5 }, ...h2Months], p('2019'))).toEqual({
      ok: true,
      value: 11,
    });
  });
  it('reports every missing month, overlap and stray period at once', () => {
    const result = tilePeriod(
      [{ period: p('2019-01') }, { period: p('2019-H1') }, { period: p('2019-07') }],
      p('2019-H1'),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { key: 'period.overlap', path: [1], params: { period: '2019-H1' } },
        { key: 'period.outsideTarget', path: [2], params: { period: '2019-07' } },
      ],
    });
    expect(tilePeriod([{ period: p('2019-01') }], p('2019-03')).ok).toBe(false);
    const gaps = tilePeriod([{ period: p('2019-01') }, { period: p('2019-03') }], p('2019-H1'));
    expect(gaps.ok ? [] : gaps.problems.map((problem) => problem.params?.month)).toEqual([
      '2019-02',
      '2019-04',
      '2019-05',
      '2019-06',
    ]);
  });
});
