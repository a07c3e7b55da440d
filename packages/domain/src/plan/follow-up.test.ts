import { describe, expect, it } from 'vitest';
import {
  defaultFollowUpPeriod,
  followUpPeriodSchema,
  planFollowUpPeriods,
  saveIndicatorFollowUpSchema,
} from './follow-up.ts';

const indicatorId = '00000000-0000-4000-8000-000000000001';

describe('planFollowUpPeriods', () => {
  it('offers each year of the plan as its halves and the whole year', () => {
    expect(planFollowUpPeriods(2020, 2021)).toEqual([
      '2020-H1',
      '2020-H2',
      '2020',
      '2021-H1',
      '2021-H2',
      '2021',
    ]);
  });
});

describe('defaultFollowUpPeriod', () => {
  it('opens on the current half-year when the plan covers it', () => {
    expect(defaultFollowUpPeriod({ firstYear: 2020, lastYear: 2022 }, '2021-H2')).toBe('2021-H2');
  });
  it("opens on the plan's last year otherwise", () => {
    expect(defaultFollowUpPeriod({ firstYear: 2019, lastYear: 2019 }, '2026-H2')).toBe('2019');
  });
});

describe('followUpPeriodSchema', () => {
  it('takes half-years and years, not months', () => {
    expect(followUpPeriodSchema.safeParse('2019-H1').success).toBe(true);
    expect(followUpPeriodSchema.safeParse('2019').success).toBe(true);
    expect(followUpPeriodSchema.safeParse('2019-06').success).toBe(false);
    expect(followUpPeriodSchema.safeParse('1999').success).toBe(false);
  });
});

describe('saveIndicatorFollowUpSchema', () => {
  const base = { indicatorId, period: '2019-H1', statedStatus: null, comment: '', expectedVersion: null };
  it('reads a Swedish decimal comma and keeps the value as exact text', () => {
    expect(saveIndicatorFollowUpSchema.parse({ ...base, enteredValue: ' 43,5 ' }).enteredValue).toBe('43.5');
    expect(saveIndicatorFollowUpSchema.parse({ ...base, enteredValue: '' }).enteredValue).toBeNull();
    expect(saveIndicatorFollowUpSchema.parse({ ...base, enteredValue: null }).enteredValue).toBeNull();
  });
  it('refuses a value that is no number, or has more than two decimals, naming the field', () => {
    for (const enteredValue of ['abc', '1.234', '1e5', '12,3,4']) {
      const result = saveIndicatorFollowUpSchema.safeParse({ ...base, enteredValue });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({
        path: ['enteredValue'],
        message: 'planFollowUp.valueInvalid',
      });
    }
  });
});
