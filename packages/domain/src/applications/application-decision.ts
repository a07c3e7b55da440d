import { z } from 'zod';
import type { DecisionKind } from '../board/decision.ts';
import { nonNegativeKronorTextSchema } from '../money/money-schemas.ts';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, optionalText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import { type GrantOutcome, grantOutcomes } from './application-enums.ts';
import { type ApplicationStatus, canDecideApplication } from './application-status.ts';

/**
 * The board's grant decision on an application (issue 22): the outcome (bifall/avslag) and, when
 * granted, the amount. Recorded on the board decision of an agenda item that concerns the
 * application; the application follows in the same transaction. Keys under `applicationDecision.*`.
 */

export const grantOutcomeSchema = z.enum(grantOutcomes, { error: 'applicationDecision.outcomeInvalid' });

/** Kronor as typed in the form ("1 100 000"), to öre; blank means "no amount". */
export const grantedAmountSchema = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
  nonNegativeKronorTextSchema.nullable(),
);

/** What `decisions.save` takes besides the board's own fields. Both default to null (no grant outcome). */
export const grantDecisionFieldsSchema = z.object({
  grantOutcome: grantOutcomeSchema.nullable().default(null),
  grantedAmount: grantedAmountSchema.default(null),
});
export type GrantDecisionFields = z.output<typeof grantDecisionFieldsSchema>;

/** A grant outcome with the amount in öre, as the rules and the tables see it. */
export interface GrantDecision {
  kind: DecisionKind;
  grantOutcome: GrantOutcome | null;
  grantedAmountOre: number | null;
}

/**
 * Why a decision's outcome and amount may not be saved, beside their fields: an outcome only on a
 * decision of kind 'grant' about an application (and then it is required); granted needs an amount
 * above 0, rejected has none.
 */
export function grantDecisionProblems(
  decision: GrantDecision,
  concernsApplication: boolean,
): ValidationProblem[] {
  const { kind, grantOutcome, grantedAmountOre } = decision;
  if (grantOutcome === null) {
    const problems: ValidationProblem[] = [];
    if (concernsApplication && kind === 'grant')
      problems.push({ key: 'applicationDecision.outcomeRequired', path: ['grantOutcome'] });
    if (grantedAmountOre !== null)
      problems.push({ key: 'applicationDecision.amountOnlyGranted', path: ['grantedAmount'] });
    return problems;
  }
  if (!concernsApplication)
    return [{ key: 'applicationDecision.outcomeNeedsApplication', path: ['grantOutcome'] }];
  if (kind !== 'grant') return [{ key: 'applicationDecision.outcomeOnlyGrant', path: ['grantOutcome'] }];
  if (grantOutcome === 'granted' && (grantedAmountOre === null || grantedAmountOre <= 0))
    return [{ key: 'applicationDecision.amountRequired', path: ['grantedAmount'] }];
  if (grantOutcome === 'rejected' && grantedAmountOre !== null)
    return [{ key: 'applicationDecision.amountOnlyGranted', path: ['grantedAmount'] }];
  return [];
}

/**
 * Whether a decision may be recorded on an application now: it is in review or proposed, or this
 * very decision decided it already (changing the outcome or amount before the minutes are approved).
 */
export function applicationDecidable(status: ApplicationStatus, decidedByThisDecision: boolean): boolean {
  return (
    canDecideApplication(status) || (decidedByThisDecision && (status === 'granted' || status === 'rejected'))
  );
}

/** The application's status once the outcome is recorded. */
export const statusOfOutcome = (outcome: GrantOutcome): ApplicationStatus => outcome;

const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
const applicationId = z.uuid({ error: 'applicationDecision.applicationInvalid' });

/** "Till styrelsen": an agenda item about the application on a meeting the editor picks. */
export const toAgendaSchema = z.object({
  applicationId,
  meetingId: z.uuid({ error: 'applicationDecision.meetingRequired' }),
  /** The meeting's version, as the editor loaded the list of meetings. */
  expectedVersion: version,
  /** Blank: "Ansökan: <title>". */
  title: optionalText(singleLineText, 500, 'applicationDecision.titleTooLong').default(''),
});
export type ToAgendaInput = z.output<typeof toAgendaSchema>;

/** The default title of an agenda item about an application. */
export const agendaTitleFor = (applicationTitle: string): string =>
  Array.from(`Ansökan: ${applicationTitle}`).slice(0, 500).join('');

/** A decision taken before Samsyn was used, typed by an admin for the history. */
export const recordOutsideSchema = z.object({
  applicationId,
  expectedVersion: version,
  outcome: grantOutcomeSchema,
  decidedDate: z.iso.date({ error: 'applicationDecision.dateInvalid' }),
  grantedAmount: grantedAmountSchema.default(null),
  note: optionalText(multiLineText, 2000, 'applicationDecision.noteTooLong').default(''),
});
export type RecordOutsideInput = z.output<typeof recordOutsideSchema>;

/** The outside decision's outcome and amount: as the board's (granted → amount > 0, rejected → none). */
export function outsideDecisionProblems(input: Pick<RecordOutsideInput, 'outcome' | 'grantedAmount'>) {
  return grantDecisionProblems(
    { kind: 'grant', grantOutcome: input.outcome, grantedAmountOre: input.grantedAmount },
    true,
  );
}

/** "Skapa insats": the application, at the version the editor loaded. */
export const createFromApplicationSchema = z.object({ applicationId, expectedVersion: version });
