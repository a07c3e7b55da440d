import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  assertCanRecommend,
  checklistPointSchema,
  conflictOfInterestSchema,
  criterionSchema,
  formalCheckSchema,
  type ReviewForSummary,
  reviewSchema,
  reviewScoreProblems,
  submitProblems,
  summariseReviews,
} from './review.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const messages = (result: {
  success: boolean;
  error?: { issues: { message: string; path: PropertyKey[] }[] };
}) => result.error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`) ?? [];

describe('checklistPointSchema and criterionSchema', () => {
  it('refuses an empty point and one over 500 characters', () => {
    expect(messages(checklistPointSchema.safeParse({ text: '  ', active: true }))).toEqual([
      'text:applicationReview.pointTextRequired',
    ]);
    expect(messages(checklistPointSchema.safeParse({ text: 'a'.repeat(501), active: true }))).toEqual([
      'text:applicationReview.pointTextTooLong',
    ]);
    expect(checklistPointSchema.parse({ text: ' Samverkan framgår ', active: true }).text).toBe(
      'Samverkan framgår',
    );
  });

  it('takes a highest score of 1–10, typed as text', () => {
    const criterion = { name: 'Samverkan', description: '', active: true };
    expect(criterionSchema.parse({ ...criterion, maxScore: '7' }).maxScore).toBe(7);
    expect(messages(criterionSchema.safeParse({ ...criterion, maxScore: '0' }))).toEqual([
      'maxScore:applicationReview.maxScoreInvalid',
    ]);
    expect(messages(criterionSchema.safeParse({ ...criterion, maxScore: 11 }))).toEqual([
      'maxScore:applicationReview.maxScoreInvalid',
    ]);
  });
});

describe('formalCheckSchema', () => {
  it('keeps unanswered points without comment and refuses a comment without an answer', () => {
    expect(
      formalCheckSchema.parse({ answers: [{ pointId: id(1), answer: null, comment: '' }] }).answers,
    ).toEqual([{ pointId: id(1), answer: null, comment: '' }]);
    expect(
      messages(
        formalCheckSchema.safeParse({ answers: [{ pointId: id(1), answer: null, comment: 'Saknas' }] }),
      ),
    ).toEqual(['answers.0.answer:applicationReview.answerRequired']);
  });

  it('refuses a point twice and a comment over 2000 characters', () => {
    const row = { pointId: id(1), answer: 'yes', comment: '' };
    expect(messages(formalCheckSchema.safeParse({ answers: [row, row] }))).toEqual([
      'answers:applicationReview.pointTwice',
    ]);
    expect(
      messages(formalCheckSchema.safeParse({ answers: [{ ...row, comment: 'x'.repeat(2001) }] })),
    ).toEqual(['answers.0.comment:applicationReview.commentTooLong']);
  });
});

describe('conflictOfInterestSchema', () => {
  it('requires a reason with jäv and drops one without', () => {
    expect(messages(conflictOfInterestSchema.safeParse({ hasConflict: true, conflictReason: ' ' }))).toEqual([
      'conflictReason:applicationReview.conflictReasonRequired',
    ]);
    expect(conflictOfInterestSchema.parse({ hasConflict: false, conflictReason: 'Glömt' })).toEqual({
      hasConflict: false,
      conflictReason: '',
    });
    expect(
      conflictOfInterestSchema.parse({ hasConflict: true, conflictReason: 'Anställd hos sökande' }),
    ).toEqual({ hasConflict: true, conflictReason: 'Anställd hos sökande' });
  });
});

describe('reviewSchema and its rules', () => {
  const review = {
    opinion: 'Väl motiverad.',
    recommendation: 'grant',
    recommendedAmount: '250 000',
    scores: [],
  };

  it('parses the amount in kronor to öre and an empty amount to null', () => {
    expect(reviewSchema.parse(review).recommendedAmount).toBe(25_000_000);
    expect(reviewSchema.parse({ ...review, recommendedAmount: '' }).recommendedAmount).toBeNull();
    expect(messages(reviewSchema.safeParse({ ...review, recommendation: 'maybe' }))).toEqual([
      'recommendation:applicationReview.recommendationInvalid',
    ]);
  });

  it('refuses a score above the criterion\u2019s highest and one on an inactive criterion', () => {
    const criteria = [
      { id: id(1), maxScore: 5, active: true },
      { id: id(2), maxScore: 10, active: false },
    ];
    expect(reviewScoreProblems([{ criterionId: id(1), score: 5 }], criteria)).toEqual([]);
    expect(reviewScoreProblems([{ criterionId: id(1), score: 6 }], criteria)).toEqual([
      { key: 'applicationReview.scoreAboveMax', path: ['scores', 0, 'score'], params: { max: 5 } },
    ]);
    expect(reviewScoreProblems([{ criterionId: id(2), score: 1 }], criteria)).toEqual([
      { key: 'applicationReview.criterionInvalid', path: ['scores', 0] },
    ]);
  });

  it('lets a reviewer with jäv not recommend', () => {
    expect(() => assertCanRecommend({ hasConflict: true })).toThrow(DomainError);
    expect(() => assertCanRecommend({ hasConflict: true })).toThrow(
      'applicationReview.conflictCannotRecommend',
    );
    expect(() => assertCanRecommend({ hasConflict: false })).not.toThrow();
  });

  it('hands a review in only with a recommendation, unless jäv was declared', () => {
    expect(submitProblems({ hasConflict: false, recommendation: null })).toEqual([
      { key: 'applicationReview.recommendationRequired', path: ['recommendation'] },
    ]);
    expect(submitProblems({ hasConflict: true, recommendation: null })).toEqual([]);
    expect(submitProblems({ hasConflict: false, recommendation: 'reject' })).toEqual([]);
  });
});

describe('summariseReviews', () => {
  const criteria = [
    { id: id(1), name: 'Samverkan', maxScore: 5 },
    { id: id(2), name: 'Behov', maxScore: 10 },
  ];
  const review = (over: Partial<ReviewForSummary>): ReviewForSummary => ({
    hasConflict: false,
    recommendation: null,
    recommendedAmountOre: null,
    scores: [],
    ...over,
  });

  it('counts recommendations, jäv and the mean score per criterion exactly', () => {
    const summary = summariseReviews(
      [
        review({
          recommendation: 'grant',
          scores: [
            { criterionId: id(1), score: 4 },
            { criterionId: id(2), score: 7 },
          ],
        }),
        review({ recommendation: 'grant', scores: [{ criterionId: id(1), score: 5 }] }),
        review({
          recommendation: 'askForMore',
          scores: [
            { criterionId: id(1), score: 2 },
            { criterionId: id(2), score: 8 },
          ],
        }),
        review({ hasConflict: true }),
        review({}),
      ],
      criteria,
    );
    expect(summary).toEqual({
      reviewCount: 5,
      conflictCount: 1,
      recommendations: { grant: 2, reject: 0, askForMore: 1 },
      withoutRecommendation: 1,
      criteria: [
        { criterionId: id(1), name: 'Samverkan', maxScore: 5, count: 3, sum: 11, mean: 11 / 3 },
        { criterionId: id(2), name: 'Behov', maxScore: 10, count: 2, sum: 15, mean: 7.5 },
      ],
    });
  });

  it('leaves a criterion nobody scored without a mean, and ignores scores of a reviewer with jäv', () => {
    const summary = summariseReviews(
      [review({ hasConflict: true, scores: [{ criterionId: id(1), score: 5 }] })],
      criteria,
    );
    expect(summary.criteria[0]).toEqual({
      criterionId: id(1),
      name: 'Samverkan',
      maxScore: 5,
      count: 0,
      sum: 0,
      mean: null,
    });
    expect(summary.recommendations).toEqual({ grant: 0, reject: 0, askForMore: 0 });
  });
});

describe('reviewSchema from the form', () => {
  it("reads '' as no recommendation and drops criteria without a score", () => {
    const parsed = reviewSchema.parse({
      opinion: '',
      recommendation: '',
      recommendedAmount: '',
      scores: [
        { criterionId: id(1), score: '' },
        { criterionId: id(2), score: '3' },
      ],
    });
    expect(parsed.recommendation).toBeNull();
    expect(parsed.scores).toEqual([{ criterionId: id(2), score: 3 }]);
  });

  it('refuses a score that is not a whole number 0–10', () => {
    const review = { opinion: '', recommendation: null, recommendedAmount: '' };
    expect(
      messages(reviewSchema.safeParse({ ...review, scores: [{ criterionId: id(1), score: '11' }] })),
    ).toEqual(['scores.0.score:applicationReview.scoreInvalid']);
  });
});
