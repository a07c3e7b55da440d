import { emailSchema } from '@samsyn/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueMessageKey } from './error-message.ts';

describe('issueMessageKey', () => {
  it('maps a key from our schemas to its sentence', () => {
    expect(issueMessageKey('orgNumber.checkDigit')).toBe('validation.orgNumber.checkDigit');
  });

  it('gives the e-mail sentence for the domain’s e-mail check, in the browser as from the API', () => {
    const issue = z.object({ email: emailSchema }).safeParse({ email: 'inte-en-adress' }).error?.issues[0];
    expect(issueMessageKey(issue?.message, issue?.code)).toBe('validation.emailAddress.format');
  });

  it('maps zod’s own codes to a general sentence', () => {
    expect(issueMessageKey('too_small')).toBe('validation.required');
    expect(issueMessageKey('String must contain at least 3 character(s)', 'too_small')).toBe(
      'validation.required',
    );
  });

  it('falls back to the generic sentence for English prose and unknown keys', () => {
    expect(issueMessageKey('Invalid input: expected string')).toBe('validation.invalid');
    expect(issueMessageKey('no.such.key')).toBe('validation.invalid');
    expect(issueMessageKey(undefined)).toBe('validation.invalid');
  });
});
