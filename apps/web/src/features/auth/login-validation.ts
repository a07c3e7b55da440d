import type { MessageKey } from '../../lib/message-key.ts';

export type LoginField = 'email' | 'password';
export type LoginFieldErrors = Partial<Record<LoginField, MessageKey>>;

/**
 * The checks the browser can make before asking the server: both fields filled in. Whether the
 * email looks like an email is left to the server's single, generic answer.
 */
export function validateLogin(values: { email: string; password: string }): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  if (values.email.trim() === '') errors.email = 'validation.emailRequired';
  if (values.password === '') errors.password = 'validation.passwordRequired';
  return errors;
}

/** Keeps the server's field errors that belong to this form. */
export function loginFieldErrorsFrom(fieldErrors: Record<string, MessageKey>): LoginFieldErrors {
  const errors: LoginFieldErrors = {};
  if (fieldErrors.email) errors.email = fieldErrors.email;
  if (fieldErrors.password) errors.password = fieldErrors.password;
  return errors;
}
