import type { TransactionSql } from '@samsyn/db';
import { DomainError, type ReviewRecommendation } from '@samsyn/domain';

export interface OwnReview {
  id: string;
  applicationId: string;
  hasConflict: boolean;
  recommendation: ReviewRecommendation | null;
  submittedAt: string | null;
  version: number;
}

/**
 * Locks the caller's OWN review for a write. Another reviewer's review answers NOT_FOUND, the same
 * as one that does not exist: a reviewer's text is theirs alone to change. CONFLICT when the
 * review was saved since `expectedVersion`.
 */
export async function lockOwnReview(
  tx: TransactionSql,
  tenantId: string,
  userId: string,
  reviewId: string,
  expectedVersion: number,
): Promise<OwnReview & { before: Record<string, unknown> }> {
  const [row] = await tx<(OwnReview & { before: Record<string, unknown> })[]>`
    select r.id, r.application_id as "applicationId", r.has_conflict as "hasConflict", r.recommendation,
      r.submitted_at::text as "submittedAt", r.version,
      to_jsonb(r) - 'tenant_id' - 'created_at' - 'updated_at' as before
    from application_reviews r
    where r.tenant_id = ${tenantId} and r.id = ${reviewId} and r.reviewer_user_id = ${userId}
    for update`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'applicationReview' });
  if (row.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'applicationReview' });
  return row;
}

/** Bumps a review's version after a write; returns the new one. */
export async function bumpReview(tx: TransactionSql, tenantId: string, reviewId: string): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update application_reviews set version = version + 1
    where tenant_id = ${tenantId} and id = ${reviewId} returning version`;
  if (!row) throw new Error('review version bump returned no row');
  return row.version;
}
