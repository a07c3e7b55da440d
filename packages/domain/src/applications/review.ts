import { z } from 'zod';
import { DomainError } from '../errors.ts';
import { nonNegativeKronorTextSchema } from '../money/money-schemas.ts';
import type { Ore } from '../money/ore.ts';
import { multiLineText, nameText, optionalText, requiredText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import { checklistAnswers, type ReviewRecommendation, reviewRecommendations } from './application-enums.ts';
import type { ApplicationStatus } from './application-status.ts';

/**
 * The review of an application (issue 22): the förbund's formal checklist answered yes/no with a
 * comment, and each reviewer's review — first the jäv declaration, and only without jäv the
 * opinion, recommendation and scores on the förbund's criteria. The schemas mirror the checks of
 * migration 0025; every message is a stable key under `applicationReview.*`.
 */

/** A point of the formal checklist ("I projektansökan ska det framgå hur ökad samverkan ska ske …"). */
export const checklistPointSchema = z.object({
  text: requiredText(
    singleLineText,
    500,
    'applicationReview.pointTextRequired',
    'applicationReview.pointTextTooLong',
  ),
  active: z.boolean({ error: 'applicationReview.activeInvalid' }),
});
export type ChecklistPointInput = z.input<typeof checklistPointSchema>;
export type ChecklistPoint = z.output<typeof checklistPointSchema>;

/** A criterion the reviewers score on, 0 … its highest score (1–10). */
export const criterionSchema = z.object({
  name: requiredText(
    nameText,
    200,
    'applicationReview.criterionNameRequired',
    'applicationReview.criterionNameTooLong',
  ),
  description: optionalText(multiLineText, 2000, 'applicationReview.descriptionTooLong'),
  /** Chosen in a select, so it may come as text. */
  maxScore: z.coerce
    .number({ error: 'applicationReview.maxScoreInvalid' })
    .int('applicationReview.maxScoreInvalid')
    .min(1, 'applicationReview.maxScoreInvalid')
    .max(10, 'applicationReview.maxScoreInvalid'),
  active: z.boolean({ error: 'applicationReview.activeInvalid' }),
});
export type CriterionInput = z.input<typeof criterionSchema>;
export type Criterion = z.output<typeof criterionSchema>;

/**
 * One point's answer in the formal check. No answer (null) means not yet checked, and then there
 * is nothing to comment on.
 */
export const checklistAnswerSchema = z
  .object({
    pointId: z.uuid({ error: 'applicationReview.pointInvalid' }),
    answer: z.enum(checklistAnswers, { error: 'applicationReview.answerInvalid' }).nullable(),
    comment: optionalText(multiLineText, 2000, 'applicationReview.commentTooLong'),
  })
  .refine((row) => row.answer !== null || row.comment === '', {
    message: 'applicationReview.answerRequired',
    path: ['answer'],
  });

/** The formal check, saved whole: every point's answer at once. */
export const formalCheckSchema = z.object({
  answers: z
    .array(checklistAnswerSchema, { error: 'applicationReview.answersInvalid' })
    .max(200, 'applicationReview.answersInvalid')
    .refine((rows) => new Set(rows.map((row) => row.pointId)).size === rows.length, {
      message: 'applicationReview.pointTwice',
    }),
});
export type FormalCheckInput = z.input<typeof formalCheckSchema>;
export type FormalCheck = z.output<typeof formalCheckSchema>;

/** The jäv declaration a reviewer makes before anything else: none, or a conflict with its reason. */
export const conflictOfInterestSchema = z
  .object({
    hasConflict: z.boolean({ error: 'applicationReview.hasConflictInvalid' }),
    conflictReason: optionalText(multiLineText, 2000, 'applicationReview.conflictReasonTooLong'),
  })
  .refine((input) => !input.hasConflict || input.conflictReason !== '', {
    message: 'applicationReview.conflictReasonRequired',
    path: ['conflictReason'],
  })
  .transform((input) => ({ ...input, conflictReason: input.hasConflict ? input.conflictReason : '' }));
export type ConflictOfInterestInput = z.input<typeof conflictOfInterestSchema>;
export type ConflictOfInterest = z.output<typeof conflictOfInterestSchema>;

/**
 * A score on one criterion, chosen in a select ('' is "no score yet", dropped from the review); the
 * criterion's own highest score is checked by `reviewScoreProblems`.
 */
export const reviewScoreSchema = z.object({
  criterionId: z.uuid({ error: 'applicationReview.criterionInvalid' }),
  score: z.union(
    [
      z.literal('').transform(() => null),
      z.null(),
      z.coerce
        .number({ error: 'applicationReview.scoreInvalid' })
        .int('applicationReview.scoreInvalid')
        .min(0, 'applicationReview.scoreInvalid')
        .max(10, 'applicationReview.scoreInvalid'),
    ],
    { error: 'applicationReview.scoreInvalid' },
  ),
});

/** The recommendation form: opinion, recommendation, the amount in kronor if any, the scores. */
export const reviewSchema = z.object({
  opinion: optionalText(multiLineText, 20000, 'applicationReview.opinionTooLong'),
  /** Chosen in a select, where '' is "none yet". */
  recommendation: z.union([z.literal('').transform(() => null), z.null(), z.enum(reviewRecommendations)], {
    error: 'applicationReview.recommendationInvalid',
  }),
  /** Kronor as typed ("250 000"); empty for none. */
  recommendedAmount: z.union([
    z.literal('').transform(() => null),
    z.null(),
    nonNegativeKronorTextSchema.refine((ore) => ore <= 100_000_000_000, {
      error: 'applicationReview.amountTooLarge',
    }),
  ]),
  scores: z
    .array(reviewScoreSchema, { error: 'applicationReview.scoresInvalid' })
    .max(100, 'applicationReview.scoresInvalid')
    .refine((rows) => new Set(rows.map((row) => row.criterionId)).size === rows.length, {
      message: 'applicationReview.criterionTwice',
    })
    .transform((rows) =>
      rows.flatMap((row) => (row.score === null ? [] : [{ criterionId: row.criterionId, score: row.score }])),
    ),
});
export type ReviewInput = z.input<typeof reviewSchema>;
export type Review = z.output<typeof reviewSchema>;

/** Scores only on the active criteria, each within 0 … the criterion's highest score. */
export function reviewScoreProblems(
  scores: readonly { criterionId: string; score: number }[],
  criteria: readonly { id: string; maxScore: number; active: boolean }[],
): ValidationProblem[] {
  const byId = new Map(criteria.map((criterion) => [criterion.id, criterion]));
  return scores.flatMap((row, index): ValidationProblem[] => {
    const criterion = byId.get(row.criterionId);
    if (!criterion?.active) return [{ key: 'applicationReview.criterionInvalid', path: ['scores', index] }];
    return row.score > criterion.maxScore
      ? [
          {
            key: 'applicationReview.scoreAboveMax',
            path: ['scores', index, 'score'],
            params: { max: criterion.maxScore },
          },
        ]
      : [];
  });
}

/**
 * A reviewer who declared jäv takes no part: no opinion, no recommendation, no scores. The verbs
 * refuse first with this sentence; the table's check is the backstop.
 */
export function assertCanRecommend(review: { hasConflict: boolean }): void {
  if (review.hasConflict) throw new DomainError('CONFLICT', 'applicationReview.conflictCannotRecommend');
}

/** A review is handed in with a recommendation, unless the reviewer declared jäv. */
export function submitProblems(review: {
  hasConflict: boolean;
  recommendation: ReviewRecommendation | null;
}): ValidationProblem[] {
  return !review.hasConflict && review.recommendation === null
    ? [{ key: 'applicationReview.recommendationRequired', path: ['recommendation'] }]
    : [];
}

/** The formal check is answered once the application is in and until review is done. */
export const formalCheckStatuses: readonly ApplicationStatus[] = ['received', 'formalCheck', 'underReview'];
/** Reviewers declare, write, submit and reopen their reviews until the board has decided. */
export const reviewStatuses: readonly ApplicationStatus[] = ['formalCheck', 'underReview', 'proposal'];

export interface ReviewForSummary {
  hasConflict: boolean;
  recommendation: ReviewRecommendation | null;
  recommendedAmountOre: Ore | null;
  scores: readonly { criterionId: string; score: number }[];
}

export interface CriterionSummary {
  criterionId: string;
  name: string;
  maxScore: number;
  /** How many reviewers scored it, and the sum of their scores. */
  count: number;
  sum: number;
  /** sum / count, null when nobody scored it. */
  mean: number | null;
}

export interface ReviewSummary {
  reviewCount: number;
  /** Reviewers who declared jäv (they do not recommend). */
  conflictCount: number;
  recommendations: Record<ReviewRecommendation, number>;
  /** Reviews without jäv and without a recommendation yet. */
  withoutRecommendation: number;
  criteria: CriterionSummary[];
}

/**
 * What the reviews say together, for the application page and the yttrande: how many recommend
 * each way, how many declared jäv, and each criterion's mean score (reviewers with jäv have none).
 */
export function summariseReviews(
  reviews: readonly ReviewForSummary[],
  criteria: readonly { id: string; name: string; maxScore: number }[],
): ReviewSummary {
  const recommendations: Record<ReviewRecommendation, number> = { grant: 0, reject: 0, askForMore: 0 };
  let withoutRecommendation = 0;
  for (const review of reviews) {
    if (review.hasConflict) continue;
    if (review.recommendation === null) withoutRecommendation += 1;
    else recommendations[review.recommendation] += 1;
  }
  return {
    reviewCount: reviews.length,
    conflictCount: reviews.filter((review) => review.hasConflict).length,
    recommendations,
    withoutRecommendation,
    criteria: criteria.map((criterion) => {
      const scores = reviews
        .filter((review) => !review.hasConflict)
        .flatMap((review) => review.scores.filter((row) => row.criterionId === criterion.id))
        .map((row) => row.score);
      const sum = scores.reduce((total, score) => total + score, 0);
      return {
        criterionId: criterion.id,
        name: criterion.name,
        maxScore: criterion.maxScore,
        count: scores.length,
        sum,
        mean: scores.length === 0 ? null : sum / scores.length,
      };
    }),
  };
}
