import { sv } from '../i18n/sv.ts';
import { apiErrorDataOf, isNetworkError } from './api-error.ts';
import type { Message, MessageKey } from './message-key.ts';

/**
 * The catalogue key for an API error reason (`auth.invalidCredentials` → `errors.auth.invalidCredentials`),
 * or null when the catalogue has no sentence for it.
 */
export function reasonKey(reason: string): MessageKey | null {
  return keyUnder('errors', reason);
}

/** `namespace.path` when the catalogue has a sentence there, else null. */
function keyUnder(namespace: 'errors' | 'validation', path: string): MessageKey | null {
  let node: unknown = sv[namespace];
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? (`${namespace}.${path}` as MessageKey) : null;
}

/**
 * The sentence to show for any error from the API. Known reasons get their own sentence; anything
 * else (including internal errors, whose message says nothing) gets the generic one.
 */
export function errorMessageOf(error: unknown): Message {
  if (isNetworkError(error)) return { key: 'errors.network' };
  // A body too large for a proxy in front of the API gets its 413 without our JSON around it.
  if (httpStatusOf(error) === 413 && !apiErrorDataOf(error)?.reason)
    return { key: 'errors.request.tooLarge' };
  const data = apiErrorDataOf(error);
  const key = data?.reason ? reasonKey(data.reason) : null;
  if (!key) return { key: 'errors.generic' };
  return data?.details ? { key, values: data.details } : { key };
}

/** The HTTP status of the answer behind a TRPCClientError, from its data or its raw response. */
function httpStatusOf(error: unknown): number | null {
  const fromData = apiErrorDataOf(error)?.httpStatus;
  if (typeof fromData === 'number') return fromData;
  const response = (error as { meta?: { response?: { status?: unknown } } } | null)?.meta?.response;
  return typeof response?.status === 'number' ? response.status : null;
}

/** zod's own issue codes → catalogue keys, for checks our schemas don't name. */
const issueKeys: Record<string, MessageKey> = {
  too_small: 'validation.required',
  too_big: 'validation.tooLong',
};

/**
 * The sentence (as a catalogue key) for one validation problem, from the domain's schema in the
 * browser or from the API's field issues alike: our schemas' stable keys (`orgNumber.checkDigit`)
 * map to `validation.<key>`, zod's issue codes to a general sentence, anything else (zod's
 * English prose) to "Värdet är inte giltigt."
 */
export function issueMessageKey(message: string | undefined, code?: string): MessageKey {
  return (
    (message ? keyUnder('validation', message) : null) ??
    (message ? issueKeys[message] : undefined) ??
    (code ? issueKeys[code] : undefined) ??
    'validation.invalid'
  );
}

/** Field-level validation errors from a BAD_REQUEST answer, keyed by field path. */
export function fieldErrorsOf(error: unknown): Record<string, MessageKey> {
  const fieldErrors: Record<string, MessageKey> = {};
  for (const issue of apiErrorDataOf(error)?.issues ?? []) {
    // The API sends our schemas' keys (`orgNumber.checkDigit` → validation.orgNumber.checkDigit)
    // or, for zod's built-in checks, the issue code.
    fieldErrors[issue.path] ??= issueMessageKey(issue.message);
  }
  return fieldErrors;
}
