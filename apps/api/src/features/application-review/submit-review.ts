import { recordAudit } from '@samsyn/db';
import { DomainError, reviewStatuses, submitProblems, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertStatusOpen, readApplicationStatus } from './application-lock.ts';
import { bumpReview, lockOwnReview } from './review-records.ts';

type ReviewEdit = { reviewId: string; expectedVersion: number };

/**
 * Hands in the caller's OWN review: from now on it is read-only (a recommendation is required
 * unless jäv was declared). Carries the review's version. Editors.
 */
export async function submitReview(
  { tx, tenant, actor }: TenantCtx,
  input: ReviewEdit,
): Promise<{ version: number }> {
  const review = await lockOwnReview(tx, tenant.id, actor.userId, input.reviewId, input.expectedVersion);
  if (review.submittedAt !== null) throw new DomainError('CONFLICT', 'applicationReview.submitted');
  const application = await readApplicationStatus(tx, tenant.id, review.applicationId, { lock: false });
  assertStatusOpen(application.status, reviewStatuses);
  throwIfProblems('applicationReview.invalid', submitProblems(review));
  await tx`update application_reviews set submitted_at = now() where tenant_id = ${tenant.id} and id = ${review.id}`;
  const version = await bumpReview(tx, tenant.id, review.id);
  await recordAudit(tx, {
    action: 'applicationReview.submit',
    entity: 'applicationReview',
    entityId: review.id,
  });
  return { version };
}

/**
 * Opens the caller's OWN submitted review again for changes — only before the board's decision
 * (while the application is in formal check, under review or a proposal). Editors.
 */
export async function reopenReview(
  { tx, tenant, actor }: TenantCtx,
  input: ReviewEdit,
): Promise<{ version: number }> {
  const review = await lockOwnReview(tx, tenant.id, actor.userId, input.reviewId, input.expectedVersion);
  if (review.submittedAt === null) throw new DomainError('CONFLICT', 'applicationReview.notSubmitted');
  const application = await readApplicationStatus(tx, tenant.id, review.applicationId, { lock: false });
  assertStatusOpen(application.status, reviewStatuses);
  await tx`update application_reviews set submitted_at = null where tenant_id = ${tenant.id} and id = ${review.id}`;
  const version = await bumpReview(tx, tenant.id, review.id);
  await recordAudit(tx, {
    action: 'applicationReview.reopen',
    entity: 'applicationReview',
    entityId: review.id,
    before: { submittedAt: review.submittedAt },
  });
  return { version };
}

/**
 * Deletes the caller's OWN review (its jäv declaration with it) before it is handed in, so they
 * may declare again. Editors.
 */
export async function deleteReview({ tx, tenant, actor }: TenantCtx, input: ReviewEdit): Promise<void> {
  const review = await lockOwnReview(tx, tenant.id, actor.userId, input.reviewId, input.expectedVersion);
  if (review.submittedAt !== null) throw new DomainError('CONFLICT', 'applicationReview.submitted');
  await tx`delete from application_reviews where tenant_id = ${tenant.id} and id = ${review.id}`;
  await recordAudit(tx, {
    action: 'applicationReview.delete',
    entity: 'applicationReview',
    entityId: review.id,
    before: review.before,
  });
}
