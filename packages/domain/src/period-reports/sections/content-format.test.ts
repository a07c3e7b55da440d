import { describe, expect, it } from 'vitest';
import { followUpPeriodOf, listWithSamt, swedishDateWords, textParagraphs } from './content-format.ts';

describe('the generators’ shared wording', () => {
  it('maps a report’s dates to the follow-up period', () => {
    expect(followUpPeriodOf('2019-01-01', '2019-06-30')).toBe('2019-H1');
    expect(followUpPeriodOf('2019-07-01', '2019-12-31')).toBe('2019-H2');
    expect(followUpPeriodOf('2019-01-01', '2019-12-31')).toBe('2019');
    expect(followUpPeriodOf('2019-01-01', '2019-08-31')).toBeNull();
    expect(followUpPeriodOf('2020-01-01', '2022-12-31')).toBeNull();
  });

  it('writes dates in words and enumerations with samt', () => {
    expect(swedishDateWords('2019-08-23')).toBe('23 augusti 2019');
    expect(swedishDateWords('2019-11-01')).toBe('1 november 2019');
    expect(listWithSamt(['a', 'b', 'c'])).toBe('a, b samt c');
    expect(() => swedishDateWords('2019-13-01')).toThrow(RangeError);
  });

  it('splits a stored text into paragraphs', () => {
    expect(textParagraphs('Ett.\n\n Två. \nTre.')).toHaveLength(3);
    expect(textParagraphs('  ')).toEqual([]);
  });
});
