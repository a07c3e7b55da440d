import { describe, expect, it } from 'vitest';
import { apiErrorDataOf } from '../../lib/api-error.ts';
import { issuesOnFields, issuesUnder } from './issues-under.ts';

describe('issuesUnder', () => {
  it('re-roots field issues under the prefix and keeps the rest of the answer', () => {
    const error = {
      data: {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        reason: 'figures.invalid',
        issues: [
          { path: 'figures.new.total', message: 'figures.required' },
          { path: 'period', message: 'period.invalid' },
        ],
      },
    };
    const data = apiErrorDataOf(issuesUnder(error, 'figures.'));
    expect(data?.reason).toBe('figures.invalid');
    expect(data?.issues).toEqual([
      { path: 'new.total', message: 'figures.required' },
      { path: 'period', message: 'period.invalid' },
    ]);
  });

  it('passes an error without issues through as it is', () => {
    const error = new Error('offline');
    expect(issuesUnder(error, 'figures.')).toBe(error);
  });
});

describe('issuesOnFields', () => {
  it('puts an issue inside a field (a list item, a nested key) on the field itself', () => {
    const error = {
      data: {
        issues: [
          { path: 'freeTags.2', message: 'intervention.duplicateFreeTag' },
          { path: 'leadOrganisation.memberId', message: 'intervention.memberNotFound' },
          { path: 'name', message: 'intervention.nameRequired' },
        ],
      },
    };
    expect(apiErrorDataOf(issuesOnFields(error))?.issues?.map((issue) => issue.path)).toEqual([
      'freeTags',
      'leadOrganisation',
      'name',
    ]);
  });
});
