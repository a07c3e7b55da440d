import { describe, expect, it } from 'vitest';
import { defaultPeriod, defaultReportTitle, yearAndMonthOf } from './period.ts';

describe('report periods', () => {
  it('reads the year and month a period runs through', () => {
    expect(yearAndMonthOf('2019-06-30')).toEqual({ year: 2019, throughMonth: 6 });
  });
  it('proposes the periods the förbund writes for', () => {
    expect(defaultPeriod('halfYear', '2019-08-01')).toEqual({
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
    });
    expect(defaultPeriod('annual', '2020-02-10')).toEqual({
      periodStart: '2019-01-01',
      periodEnd: '2019-12-31',
    });
    expect(defaultPeriod('plan', '2019-10-01')).toEqual({
      periodStart: '2020-01-01',
      periodEnd: '2022-12-31',
    });
  });
  it('titles the document as the seeds do', () => {
    expect(defaultReportTitle('halfYear', defaultPeriod('halfYear', '2019-08-01'))).toBe(
      'Halvårsredovisning 2019',
    );
    expect(defaultReportTitle('plan', defaultPeriod('plan', '2019-10-01'))).toBe(
      'Verksamhetsplan och budget 2020–2022',
    );
  });
});
