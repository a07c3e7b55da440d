import { periodReportReasons } from './period-reports/reasons/period-report.ts';
import { reportContentReasons } from './period-reports/reasons/report-content.ts';
import { reportNotesReasons } from './period-reports/reasons/report-notes.ts';
import { reportOutputReasons } from './period-reports/reasons/report-output.ts';
import { reportWorkflowReasons } from './period-reports/reasons/report-workflow.ts';
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

/**
 * Every reason the API may answer with: a DomainError's reason, a database failure's class, a
 * refused request. The web app shows `errors.<reason>` from its Swedish catalogue, and a unit test
 * there (apps/web/src/lib/reason-keys.test.ts) fails for a reason without a sentence; the type
 * makes every `new DomainError(…)` name one of these.
 */
export const reasonKeys = [
  'actuals.exists',
  'actuals.hasBreakdown',
  'actuals.overlappingPeriod',
  'actuals.unknownLine',
  'agreements.alreadyClosed',
  'agreements.closeNeedsApprovedReport',
  'agreements.closeNeedsPaidPayments',
  'agreements.closePaymentsNotGrant',
  'agreements.finalReportNotApproved',
  'agreements.invalid',
  'agreements.notSigned',
  'agreements.paymentPaid',
  'agreements.paymentsExceedGrant',
  'agreements.planNotEmpty',
  'agreements.reportApproved',
  'agreements.reportNotSubmitted',
  'agreements.yearsNotGrant',
  'allocation.exceedsActual',
  'allocation.lineNotInterventionFunds',
  'allocation.unknownTarget',
  'allocation.wrongSign',
  'allocationKey.missingMunicipality',
  'allocationKey.noWeight',
  'allocationKey.percentagesNot100',
  'allocationKey.unknownMember',
  'applicationDecision.agreementSigned',
  'applicationDecision.decidedHere',
  'applicationDecision.interventionExists',
  'applicationDecision.invalid',
  'applicationDecision.notDecidable',
  'applicationDecision.notGranted',
  'applicationReview.alreadyDeclared',
  'applicationReview.conflictCannotRecommend',
  'applicationReview.criterionScored',
  'applicationReview.invalid',
  'applicationReview.notSubmitted',
  'applicationReview.pointAnswered',
  'applicationReview.statusNotOpen',
  'applicationReview.submitted',
  'applications.closed',
  'applications.deleteDecided',
  'applications.deleteRefused',
  'applications.fileTypeRefused',
  'applications.invalid',
  'applications.moveRefused',
  'auth.invalidCredentials',
  'auth.platformOnly',
  'auth.required',
  'auth.tooManyAttempts',
  'board.minutesApproved',
  'boardAttendance.invalid',
  'boardDecisions.invalid',
  'boardMeetings.fileTypeRefused',
  'boardMeetings.invalid',
  'boardMeetings.notHeld',
  'boardOrganisation.bodyHasMeetings',
  'boardOrganisation.invalid',
  'boardOrganisation.personHasSeats',
  'boardOrganisation.seatHasAttendance',
  'budget.duplicateCode',
  'budget.exists',
  'budget.noSource',
  'budget.noYears',
  'budget.unknownMember',
  'catalogue.interventionNotFound',
  'catalogue.notFound',
  'conflict.exists',
  'conflict.stale',
  'figures.invalid',
  'financing.invalidFkShare',
  'financing.needsExactlyOne',
  'financing.noMunicipality',
  'financing.notWholeKronor',
  'financing.overrideNeedsComment',
  'financing.unknownOverrideLine',
  'goal.invalid',
  'import.invalid',
  'import.invalidPeriod',
  'input.invalid',
  'intervention.alreadyArchived',
  'intervention.archived',
  'intervention.hasFigures',
  'intervention.invalid',
  'intervention.notArchived',
  'intervention.reopenOnlyFromEnded',
  'intervention.reopenOnlyToOngoing',
  'intervention.reopenRequired',
  'intervention.statusInvalid',
  'intervention.statusTransitionNotAllowed',
  'intervention.statusUnchanged',
  'invitation.accepted',
  'invitation.alreadyMember',
  'invitation.expired',
  'invitation.notFound',
  'invitation.notOpen',
  'invitation.platformAdmin',
  'invitation.revoked',
  'invitation.unavailable',
  'localGroup.duplicateName',
  'localGroup.inUse',
  'localGroup.invalid',
  'member.duplicateName',
  'member.leftBeforeJoined',
  'name.tooShort',
  'national.noAccess',
  'notFound',
  'nns.changedText',
  'nns.duplicateRow',
  'nns.unknownQuestionnaire',
  'nns.unknownScope',
  'nns.valueOutOfScale',
  'outbox.disabled',
  'password.currentWrong',
  'password.invalid',
  'password.tooLong',
  'password.tooShort',
  'plan.adopted',
  'plan.adoptedCannotBeDeleted',
  'plan.alreadyAdopted',
  'plan.invalid',
  'plan.notAdopted',
  'planFollowUp.invalid',
  'reference.unknownCounty',
  'reference.unknownMunicipality',
  'request.malformed',
  'request.notBatchable',
  'request.tooLarge',
  'service.unavailable',
  'session.notFound',
  'sie.invalid',
  'sie.overlapsEntered',
  'statistics.kpiNotFound',
  'team.lastAdmin',
  'tenant.confirmSlug',
  'tenant.noAccess',
  'tenant.notArchived',
  'tenant.slugTaken',
  'tenant.statusTransition',
  // Period reports (issue 23): one list per part, in period-reports/reasons/.
  ...periodReportReasons,
  ...reportWorkflowReasons,
  ...reportNotesReasons,
  ...reportContentReasons,
  ...reportOutputReasons,
] as const;
export type ReasonKey = (typeof reasonKeys)[number];

const reasonKeySet: ReadonlySet<string> = new Set(reasonKeys);
/** Whether a key computed at run time (a validator's problem key, say) is one of the reasons. */
export const isReasonKey = (key: string | undefined): key is ReasonKey =>
  key !== undefined && reasonKeySet.has(key);

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    /** A stable key for the i18n catalogue, e.g. `auth.invalidCredentials`. */
    readonly reason: ReasonKey,
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

  constructor(reason: ReasonKey, problems: readonly ValidationProblem[]) {
    super('INVALID', reason);
    this.issues = problems.map((problem) => ({
      path: [...problem.path],
      message: problem.key,
      code: 'custom',
    }));
  }
}

/** Throws ValidationFailed when there are problems. */
export function throwIfProblems(reason: ReasonKey, problems: readonly ValidationProblem[]): void {
  if (problems.length > 0) throw new ValidationFailed(reason, problems);
}
