import type { ValidationProblem } from './validation-problem.ts';

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

/**
 * A DomainError (INVALID → BAD_REQUEST) that also carries field issues, so the API's error
 * formatter sends them like zod's: `{ path, message }` with our stable key as the message. For
 * rules only a verb can check (figures against the intervention's kind, a member id that must
 * belong to this förbund); every feature's forms show them beside their fields.
 */
export class ValidationFailed extends DomainError {
  readonly issues: { path: (string | number)[]; message: string; code: 'custom' }[];

  constructor(reason: string, problems: readonly ValidationProblem[]) {
    super('INVALID', reason);
    this.issues = problems.map((problem) => ({
      path: [...problem.path],
      message: problem.key,
      code: 'custom',
    }));
  }
}

/** Throws ValidationFailed when there are problems. */
export function throwIfProblems(reason: string, problems: readonly ValidationProblem[]): void {
  if (problems.length > 0) throw new ValidationFailed(reason, problems);
}
