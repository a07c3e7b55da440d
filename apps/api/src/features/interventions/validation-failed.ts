import { DomainError, type ValidationProblem } from '@samsyn/domain';

/**
 * A DomainError (INVALID → BAD_REQUEST) that also carries field issues, so the error formatter
 * sends them like zod's: `{ path, message }` with our stable key as the message. Used where a rule
 * can only be checked inside the verb (figures against the intervention's kind, a member id that
 * must belong to this förbund).
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
