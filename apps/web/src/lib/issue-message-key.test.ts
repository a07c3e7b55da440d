import { emailSchema } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessageKey } from './issue-message.ts';

describe('issueMessageKey', () => {
  it('maps a key from our schemas to its sentence', () => {
    expect(issueMessageKey('orgNumber.checkDigit')).toBe('validation.orgNumber.checkDigit');
  });

  it('maps zod’s e-mail check to the e-mail sentence, in the browser and from the API alike', () => {
    const issue = z.object({ email: emailSchema }).safeParse({ email: 'inte-en-adress' }).error?.issues[0];
    expect(issue && issueMessageKey(issue.message, issue.code, (issue as { format?: string }).format)).toBe(
      'validation.email',
    );
    expect(issueMessageKey('too_small')).toBe('validation.required');
  });

  it('falls back to the generic sentence for English prose and unknown keys', () => {
    expect(issueMessageKey('Invalid input: expected string')).toBe('validation.invalid');
    expect(issueMessageKey('no.such.key')).toBe('validation.invalid');
    expect(issueMessageKey(undefined)).toBe('validation.invalid');
  });
});
