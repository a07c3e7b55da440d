import { type DomainErrorCode, isDomainError } from '@samsyn/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

/** The one place where domain errors become protocol errors. */
const trpcCodeOf: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  INVALID: 'BAD_REQUEST',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

/** Turns a DomainError into a TRPCError (keeping it as the cause); leaves other errors alone. */
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
  return error;
}
