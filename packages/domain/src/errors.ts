/**
 * Errors a domain verb may raise on purpose. The API maps each code to one HTTP/tRPC status in one
 * place; the web app turns the code into a Swedish sentence through its catalogue.
 */
export const domainErrorCodes = [
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID',
  'RATE_LIMITED',
] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    /** A stable key for the i18n catalogue, e.g. `auth.invalidCredentials`. */
    readonly reason: string,
    /** Extra values the message may show (never secrets). */
    readonly details?: Record<string, string | number>,
  ) {
    super(`${code}: ${reason}`);
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;
