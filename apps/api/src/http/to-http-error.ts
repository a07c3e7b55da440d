import { type DomainErrorCode, isDomainError, type ReasonKey } from '@samsyn/domain';
import { classifyDatabaseError } from '../trpc/database-errors.ts';

/** The status each DomainError code stands for: the same as tRPC answers for it (trpc/errors.ts). */
const httpStatusOf: Record<DomainErrorCode, 400 | 401 | 403 | 404 | 409 | 429> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID: 400,
  RATE_LIMITED: 429,
};

/** How a Hono route (the export download, open data) answers a failure. */
export interface HttpError {
  status: 400 | 401 | 403 | 404 | 409 | 429 | 500 | 503;
  /** A key of the web app's catalogue (`errors.<reason>`); `internal` for anything unexpected. */
  reason: ReasonKey | 'internal';
  details: Record<string, string | number> | null;
  /** What to log: nothing for an expected refusal, a warning for the database, an error otherwise. */
  log: 'none' | 'warn' | 'error';
}

/**
 * The one mapping of errors to HTTP answers outside tRPC, as tRPC maps them inside: a DomainError
 * by its code, a database failure we know by its class (503 while the database is unreachable,
 * 409 for a unique violation, 400 for refused input), anything else 500 `internal` (the cause
 * stays in the log).
 */
export function toHttpError(error: unknown): HttpError {
  if (isDomainError(error)) {
    return {
      status: httpStatusOf[error.code],
      reason: error.reason,
      details: error.details ?? null,
      log: 'none',
    };
  }
  const database = classifyDatabaseError(error);
  if (database) return { status: database.httpStatus, reason: database.reason, details: null, log: 'warn' };
  return { status: 500, reason: 'internal', details: null, log: 'error' };
}
