import { describe, expect, it } from 'vitest';
import { formatPercentInput, parsePercent, settingsFormSchema } from './settings-form-schema.ts';

const typed = {
  name: 'Samordningsförbundet Gävleborg',
  fiscalYearStartMonth: '1',
  equityGoalPercent: '12,5',
  allocationKeyDefault: 'population' as const,
  shareNamedFigures: true,
};

describe('settingsFormSchema', () => {
  it('turns the typed percent and the chosen month into numbers', () => {
    expect(settingsFormSchema.parse(typed)).toEqual({
      ...typed,
      fiscalYearStartMonth: 1,
      equityGoalPercent: 12.5,
    });
    expect(settingsFormSchema.parse({ ...typed, equityGoalPercent: ' 20 % ' }).equityGoalPercent).toBe(20);
  });

  it('refuses a percent that is not a number or over 100, with the range sentence', () => {
    for (const text of ['tjugo', '', '101']) {
      const result = settingsFormSchema.safeParse({ ...typed, equityGoalPercent: text });
      expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
        ['equityGoalPercent', 'percent.range'],
      ]);
    }
  });

  it('refuses a name that is too short, as the API does', () => {
    const result = settingsFormSchema.safeParse({ ...typed, name: 'X' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['name']);
  });
});

describe('parsePercent and formatPercentInput', () => {
  it('read a Swedish decimal comma and write one back', () => {
    expect(parsePercent('12,5')).toBe(12.5);
    expect(parsePercent('12.5')).toBe(12.5);
    expect(parsePercent('abc')).toBe('abc');
    expect(formatPercentInput(12.5)).toBe('12,5');
  });
});
