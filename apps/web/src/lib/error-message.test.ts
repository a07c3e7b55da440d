import { describe, expect, it } from 'vitest';
import { sv } from '../i18n/sv.ts';
import { errorMessageOf, fieldErrorsOf, reasonKey } from './error-message.ts';

/** What a TRPCClientError carries, as far as the app reads it. */
const apiError = (data: Record<string, unknown>) => ({ message: 'x', data });

describe('errorMessageOf', () => {
  it('turns wrong credentials into the one generic sentence', () => {
    expect(errorMessageOf(apiError({ code: 'UNAUTHORIZED', reason: 'auth.invalidCredentials' }))).toEqual({
      key: 'errors.auth.invalidCredentials',
    });
  });

  it('passes the waiting time along when login is throttled', () => {
    const error = apiError({
      code: 'TOO_MANY_REQUESTS',
      reason: 'auth.tooManyAttempts',
      details: { retryAfterMinutes: 12 },
    });
    expect(errorMessageOf(error)).toEqual({
      key: 'errors.auth.tooManyAttempts',
      values: { retryAfterMinutes: 12 },
    });
  });

  it('falls back to the generic sentence for internal errors and unknown reasons', () => {
    expect(errorMessageOf(apiError({ code: 'INTERNAL_SERVER_ERROR', reason: null }))).toEqual({
      key: 'errors.generic',
    });
    expect(errorMessageOf(apiError({ code: 'CONFLICT', reason: 'budget.locked' }))).toEqual({
      key: 'errors.generic',
    });
    expect(errorMessageOf(new Error('boom'))).toEqual({ key: 'errors.generic' });
  });

  it('explains a refused body size, from the API or from a proxy in front of it', () => {
    const fromApi = apiError({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, reason: 'request.tooLarge' });
    expect(errorMessageOf(fromApi)).toEqual({ key: 'errors.request.tooLarge' });
    const fromProxy = { message: 'Unexpected token <', meta: { response: { status: 413 } } };
    expect(errorMessageOf(fromProxy)).toEqual({ key: 'errors.request.tooLarge' });
  });

  it('shows a lost create race as the stale-version sentence', () => {
    const error = apiError({ code: 'CONFLICT', httpStatus: 409, reason: 'conflict.exists' });
    expect(errorMessageOf(error)).toEqual({ key: 'errors.conflict.exists' });
    expect(sv.errors.conflict.exists).toBe(sv.errors.conflict.stale);
  });

  it('says the database cannot be reached when the API answers SERVICE_UNAVAILABLE', () => {
    const error = apiError({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, reason: 'service.unavailable' });
    expect(errorMessageOf(error)).toEqual({ key: 'errors.service.unavailable' });
    expect(sv.errors.service.unavailable).toBe(
      'Tjänsten kan inte nå sin databas just nu. Försök igen om en stund.',
    );
  });

  it('names input PostgreSQL refused as invalid input, not as an internal error', () => {
    const error = apiError({ code: 'BAD_REQUEST', httpStatus: 400, reason: 'input.invalid' });
    expect(errorMessageOf(error)).toEqual({ key: 'errors.input.invalid' });
  });

  it('says the server could not be reached when fetch itself failed', () => {
    const error = Object.assign(new Error('Failed to fetch'), { cause: new TypeError('Failed to fetch') });
    expect(errorMessageOf(error)).toEqual({ key: 'errors.network' });
  });
});

describe('reasonKey', () => {
  it('finds reasons that the catalogue has a sentence for', () => {
    expect(reasonKey('tenant.noAccess')).toBe('errors.tenant.noAccess');
  });

  it('ignores reasons that name a group or nothing at all', () => {
    expect(reasonKey('auth')).toBeNull();
    expect(reasonKey('auth.invalidCredentials.extra')).toBeNull();
    expect(reasonKey('toString')).toBeNull();
    expect(reasonKey('__proto__.constructor')).toBeNull();
  });
});

describe('fieldErrorsOf', () => {
  it('maps validation issues to the field they concern', () => {
    const error = apiError({
      code: 'BAD_REQUEST',
      issues: [
        { path: 'email', message: 'too_small' },
        { path: 'password', message: 'too_big' },
        { path: 'password', message: 'too_small' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ email: 'validation.required', password: 'validation.tooLong' });
  });

  it('puts the text rules’ keys beside the field, in Swedish', () => {
    const keys = ['controlCharacter', 'lineBreak', 'invisibleCharacter', 'invalidCharacter', 'stackedMarks'];
    const error = apiError({
      code: 'BAD_REQUEST',
      issues: keys.map((key) => ({ path: key, message: `text.${key}` })),
    });
    expect(fieldErrorsOf(error)).toEqual(
      Object.fromEntries(keys.map((key) => [key, `validation.text.${key}`])),
    );
    expect(fieldErrorsOf(apiError({ issues: [{ path: 'name', message: 'text.noLetterOrDigit' }] }))).toEqual({
      name: 'validation.text.noLetterOrDigit',
    });
  });

  it('uses a general sentence for issue codes it does not know', () => {
    const error = apiError({ code: 'BAD_REQUEST', issues: [{ path: 'email', message: 'invalid_format' }] });
    expect(fieldErrorsOf(error)).toEqual({ email: 'validation.invalid' });
  });

  it('is empty for errors without issues', () => {
    expect(fieldErrorsOf(apiError({ code: 'UNAUTHORIZED' }))).toEqual({});
  });
});
