/** A form field's validation problem as the API reports it (`path` like `email`, `message` a zod code). */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The `data` part of an API error (see the API's errorFormatter). */
export interface ApiErrorData {
  code: string | null;
  httpStatus: number | null;
  reason: string | null;
  details: Record<string, string | number> | null;
  issues: FieldIssue[] | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Reads the error data from a TRPCClientError (or anything shaped like one). Returns null when the
 * request never got a tRPC answer: network failure, or a non-tRPC response such as a proxy error.
 */
export function apiErrorDataOf(error: unknown): ApiErrorData | null {
  if (!isRecord(error) || !isRecord(error.data)) return null;
  const { code, httpStatus, reason, details, issues } = error.data;
  return {
    code: typeof code === 'string' ? code : null,
    httpStatus: typeof httpStatus === 'number' ? httpStatus : null,
    reason: typeof reason === 'string' ? reason : null,
    details: isRecord(details) ? (details as Record<string, string | number>) : null,
    issues: Array.isArray(issues) ? (issues as FieldIssue[]) : null,
  };
}

/** True for answers that repeating the request will not change (4xx). */
export function isClientError(error: unknown): boolean {
  const status = apiErrorDataOf(error)?.httpStatus;
  return status !== undefined && status !== null && status >= 400 && status < 500;
}

export const hasErrorCode = (error: unknown, code: string): boolean => apiErrorDataOf(error)?.code === code;

/** True when the browser could not reach the server at all. */
export function isNetworkError(error: unknown): boolean {
  if (!isRecord(error) || apiErrorDataOf(error)) return false;
  const cause = error.cause;
  return cause instanceof TypeError || (isRecord(cause) && cause.name === 'TypeError');
}
