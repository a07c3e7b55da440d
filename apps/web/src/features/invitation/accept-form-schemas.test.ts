import { describe, expect, it } from 'vitest';
import { issueMessageKey } from '../../lib/error-message.ts';
import { existingAccountFormSchema, newAccountFormSchema } from './accept-form-schemas.ts';

const problems = (schema: typeof newAccountFormSchema | typeof existingAccountFormSchema, values: unknown) =>
  Object.fromEntries(
    (schema.safeParse(values).error?.issues ?? []).map((issue) => [
      issue.path.join('.'),
      issueMessageKey(issue.message, issue.code),
    ]),
  );

describe('newAccountFormSchema', () => {
  const valid = {
    name: 'Kim Chef',
    password: 'kansliets långa lösenord',
    confirm: 'kansliets långa lösenord',
  };

  it('accepts a name and a long password typed twice', () => {
    expect(problems(newAccountFormSchema, valid)).toEqual({});
  });

  it('names a short name, a short password and a repetition that differs', () => {
    expect(problems(newAccountFormSchema, { name: 'K', password: 'kort', confirm: 'kort' })).toEqual({
      name: 'validation.name.tooShort',
      password: 'validation.password.tooShort',
    });
    expect(problems(newAccountFormSchema, { ...valid, confirm: `${valid.password}!` })).toEqual({
      confirm: 'validation.password.mismatch',
    });
  });
});

describe('existingAccountFormSchema', () => {
  it('asks for the password when it is empty', () => {
    expect(problems(existingAccountFormSchema, { password: '' })).toEqual({
      password: 'validation.passwordRequired',
    });
    expect(problems(existingAccountFormSchema, { password: 'x' })).toEqual({});
  });
});
