import { type DomainErrorCode, isDomainError } from '@samsyn/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { classifyDatabaseError, DatabaseFailure } from './database-errors.ts';

/** The one place where domain errors become protocol errors. */
const trpcCodeOf: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

/**
 * Turns a DomainError into a TRPCError (keeping it as the cause), and a database failure we know
 * (see database-errors.ts: lost connection → 503, unique violation → 409, refused input → 400)
 * into one with a DatabaseFailure as the cause; leaves other errors alone.
 */
export function toTrpcError(error: unknown): unknown {
  if (error instanceof TRPCError && isDomainError(error.cause)) {
    return new TRPCError({
      code: trpcCodeOf[error.cause.code],
      message: error.cause.reason,
      cause: error.cause,
    });
  }
  if (isDomainError(error)) {
    return new TRPCError({ code: trpcCodeOf[error.code], message: error.reason, cause: error });
  }
  // Only what would otherwise be a 500: a TRPCError with a deliberate code stays as it is.
  if (!(error instanceof TRPCError) || error.code === 'INTERNAL_SERVER_ERROR') {
    const database = classifyDatabaseError(error);
    if (database) {
      const original = error instanceof TRPCError ? (error.cause ?? error) : error;
      return new TRPCError({
        code: database.code,
        message: database.reason,
        cause: new DatabaseFailure(database.reason, original),
      });
    }
  }
  return error;
}
