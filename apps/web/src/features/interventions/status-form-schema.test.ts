import { describe, expect, it } from 'vitest';
import { statusFormSchema } from './status-form-schema.ts';

describe('the status form', () => {
  it('refuses an impossible date instead of rolling it over to 3 March', () => {
    const parsed = statusFormSchema.safeParse({ to: 'paused', effectiveDate: '2019-02-31', note: '' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['effectiveDate', 'intervention.dateInvalid'],
    ]);
  });

  it('accepts the last day of February in a leap year', () => {
    expect(statusFormSchema.parse({ to: 'paused', effectiveDate: '2024-02-29', note: '' })).toEqual({
      to: 'paused',
      effectiveDate: '2024-02-29',
      note: '',
    });
  });
});
