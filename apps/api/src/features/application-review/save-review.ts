import { recordAudit } from '@samsyn/db';
import {
  assertCanRecommend,
  DomainError,
  type Review,
  reviewScoreProblems,
  reviewStatuses,
  throwIfProblems,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertStatusOpen, readApplicationStatus } from './application-lock.ts';
import { bumpReview, lockOwnReview } from './review-records.ts';

/**
 * Saves the caller's OWN review: opinion, recommendation, recommended amount and the scores on the
 * active criteria (each 0 … its highest). Refused for a reviewer who declared jäv, for a submitted
 * review (reopen it first) and once the board has decided. Carries the review's version. Editors.
 */
export async function saveReview(
  { tx, tenant, actor }: TenantCtx,
  input: Review & { reviewId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const review = await lockOwnReview(tx, tenant.id, actor.userId, input.reviewId, input.expectedVersion);
  assertCanRecommend(review);
  if (review.submittedAt !== null) throw new DomainError('CONFLICT', 'applicationReview.submitted');
  const application = await readApplicationStatus(tx, tenant.id, review.applicationId, { lock: false });
  assertStatusOpen(application.status, reviewStatuses);
  const criteria = await tx<{ id: string; maxScore: number; active: boolean }[]>`
    select id, max_score as "maxScore", active from application_criteria where tenant_id = ${tenant.id}`;
  throwIfProblems('applicationReview.invalid', reviewScoreProblems(input.scores, criteria));
  const values = {
    opinion: input.opinion,
    recommendation: input.recommendation,
    recommended_amount_ore: input.recommendedAmount,
  };
  await tx`update application_reviews set ${tx(values)} where tenant_id = ${tenant.id} and id = ${review.id}`;
  await tx`delete from application_review_scores where tenant_id = ${tenant.id} and review_id = ${review.id}`;
  for (const row of input.scores)
    await tx`
      insert into application_review_scores (tenant_id, review_id, criterion_id, score)
      values (${tenant.id}, ${review.id}, ${row.criterionId}, ${row.score})`;
  const version = await bumpReview(tx, tenant.id, review.id);
  await recordAudit(tx, {
    action: 'applicationReview.save',
    entity: 'applicationReview',
    entityId: review.id,
    before: review.before,
    after: { ...values, scores: input.scores },
  });
  return { version };
}
