import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, singleLineText } from '../text.ts';

/**
 * The decisions register (issue 21): an agenda item's decision. Body, meeting, date and § come from
 * the item and its meeting (one truth, 0024's board_decisions); the kind, title and text are the
 * decision's own. Each schema message is a stable key under `boardDecisions.*` that the web app
 * shows in Swedish beside its field.
 */

/** 0024's check on board_decisions.kind, in the order the register's filter offers them. */
export const decisionKinds = [
  'plan',
  'budget',
  'report',
  'grant',
  'organisation',
  'delegation',
  'other',
] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** The Swedish name of each kind, as the register and the .xlsx export print it. */
export const decisionKindNames: Record<DecisionKind, string> = {
  plan: 'Verksamhetsplan',
  budget: 'Budget',
  report: 'Rapport och redovisning',
  grant: 'Insats och medel',
  organisation: 'Organisation',
  delegation: 'Delegation',
  other: 'Övrigt',
};

export const decisionKindSchema = z.enum(decisionKinds, { error: 'boardDecisions.kindInvalid' });

/** The decision as the editor writes it: what `decisions.save` takes besides the item and version. */
export const decisionSchema = z.object({
  kind: decisionKindSchema,
  title: singleLineText({ typeError: 'boardDecisions.titleRequired' })
    .min(1, 'boardDecisions.titleRequired')
    .max(500, 'boardDecisions.titleTooLong'),
  text: multiLineText({ typeError: 'boardDecisions.textRequired' })
    .min(1, 'boardDecisions.textRequired')
    .max(20000, 'boardDecisions.textTooLong'),
  /** A correction points to the decision of an EARLIER, approved meeting it corrects (never changes it). */
  correctsDecisionId: z.uuid({ error: 'boardDecisions.correctsInvalid' }).nullable().default(null),
});
export type DecisionInput = z.output<typeof decisionSchema>;

/** The longest search the register takes: a few words, never a document. */
export const MAX_DECISION_QUERY_LENGTH = 200;

/**
 * What the search box sends, normalised: trimmed, inner runs of white space folded to one space,
 * cut to 200 characters (at a character boundary, never inside a surrogate pair). Empty means "no
 * search": every decision, newest first.
 */
export function normaliseDecisionQuery(query: string | null | undefined): string {
  const folded = (query ?? '').replace(/\s+/gu, ' ').trim();
  return Array.from(folded).slice(0, MAX_DECISION_QUERY_LENGTH).join('').trim();
}

const year = z.coerce
  .number({ error: 'boardDecisions.yearInvalid' })
  .int('boardDecisions.yearInvalid')
  .min(1990, 'boardDecisions.yearInvalid')
  .max(2100, 'boardDecisions.yearInvalid');

/** The register's filters and page: search words, the meeting's year, the kind, the body. */
export const decisionListSchema = z.object({
  q: singleLineText({ typeError: 'boardDecisions.queryInvalid' })
    .max(10000, 'boardDecisions.queryInvalid')
    .transform(normaliseDecisionQuery)
    .optional(),
  year: year.optional(),
  kind: decisionKindSchema.optional(),
  bodyId: z.uuid({ error: 'boardDecisions.bodyInvalid' }).optional(),
  limit: z.number({ error: 'boardDecisions.limitInvalid' }).int().min(1).max(200).default(50),
  /** The offset of the next page, as the previous page answered it (`nextCursor`). */
  cursor: z.number({ error: 'boardDecisions.cursorInvalid' }).int().min(0).max(MAX_INT4).nullish(),
});
export type DecisionListInput = z.output<typeof decisionListSchema>;

/** A decision this one may correct: of an earlier meeting whose minutes are approved. */
export interface CorrectionTarget {
  meetingDate: string;
  meetingStatus: 'planned' | 'held' | 'approved';
}

/**
 * Why a decision at a meeting on `meetingDate` may not correct `target`, or null when it may: the
 * target's minutes must be approved (a decision still open is simply edited) and its meeting
 * earlier than this one (a correction comes after what it corrects).
 */
export function correctionProblem(
  meetingDate: string,
  target: CorrectionTarget,
): 'boardDecisions.correctsNotApproved' | 'boardDecisions.correctsNotEarlier' | null {
  if (target.meetingStatus !== 'approved') return 'boardDecisions.correctsNotApproved';
  if (target.meetingDate >= meetingDate) return 'boardDecisions.correctsNotEarlier';
  return null;
}
