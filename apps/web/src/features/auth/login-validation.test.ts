import { describe, expect, it } from 'vitest';
import { loginFieldErrorsFrom, validateLogin } from './login-validation.ts';

describe('validateLogin', () => {
  it('asks for both fields when they are empty', () => {
    expect(validateLogin({ email: '  ', password: '' })).toEqual({
      email: 'validation.emailRequired',
      password: 'validation.passwordRequired',
    });
  });

  it('accepts any filled-in pair (the server judges the rest)', () => {
    expect(validateLogin({ email: 'x', password: ' ' })).toEqual({});
  });
});

describe('loginFieldErrorsFrom', () => {
  it("keeps only the login form's fields", () => {
    expect(loginFieldErrorsFrom({ email: 'validation.required', other: 'validation.invalid' })).toEqual({
      email: 'validation.required',
    });
  });
});
