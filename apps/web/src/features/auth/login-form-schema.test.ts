import { describe, expect, it } from 'vitest';
import { issueMessageKey } from '../../lib/error-message.ts';
import { loginFormSchema } from './login-form-schema.ts';

const problems = (values: { email: string; password: string }) =>
  Object.fromEntries(
    (loginFormSchema.safeParse(values).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issueMessageKey(issue.message, issue.code),
    ]),
  );

describe('loginFormSchema', () => {
  it('asks for both fields when they are empty', () => {
    expect(problems({ email: '  ', password: '' })).toEqual({
      email: 'validation.emailRequired',
      password: 'validation.passwordRequired',
    });
  });

  it('accepts any filled-in pair (the server judges the rest)', () => {
    expect(problems({ email: 'x', password: ' ' })).toEqual({});
  });

  it('hands on the e-mail as the domain compares it', () => {
    expect(loginFormSchema.parse({ email: ' Editor@Gavleborg.DEMO ', password: 'x' }).email).toBe(
      'editor@gavleborg.demo',
    );
  });
});
