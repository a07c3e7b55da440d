import {
  type ApplicationStatus,
  type Ore,
  type ReviewRecommendation,
  type ReviewSummary,
  reviewStatuses,
  summariseReviews,
} from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readApplicationStatus } from './application-lock.ts';

export interface ReviewRecord {
  id: string;
  reviewerUserId: string;
  reviewerName: string;
  hasConflict: boolean;
  conflictReason: string;
  /** ISO instants (UTC). */
  declaredAt: string;
  opinion: string;
  recommendation: ReviewRecommendation | null;
  recommendedAmountOre: Ore | null;
  submittedAt: string | null;
  version: number;
  scores: { criterionId: string; score: number }[];
  isMine: boolean;
}

export interface ReviewCriterion {
  id: string;
  name: string;
  description: string;
  maxScore: number;
  active: boolean;
}

export interface ApplicationReviews {
  applicationId: string;
  status: ApplicationStatus;
  /** Whether reviewers may declare, write, submit or reopen (before the decision). */
  isOpen: boolean;
  /** The active criteria, and any inactive one a review scored. */
  criteria: ReviewCriterion[];
  reviews: ReviewRecord[];
  /** The caller's own review's id, null until they declared. */
  mineId: string | null;
  summary: ReviewSummary;
}

const utcInstant = 'YYYY-MM-DD"T"HH24:MI:SS"Z"';

/** Every review of one application with its reviewer, jäv, opinion and scores, and the summary. Viewers. */
export async function listReviews(
  { tx, tenant, actor }: TenantCtx,
  input: { applicationId: string },
): Promise<ApplicationReviews> {
  const application = await readApplicationStatus(tx, tenant.id, input.applicationId, { lock: false });
  const reviews = await tx<ReviewRecord[]>`
    select r.id, r.reviewer_user_id as "reviewerUserId", u.name as "reviewerName",
      r.has_conflict as "hasConflict", r.conflict_reason as "conflictReason",
      to_char(r.declared_at at time zone 'UTC', ${utcInstant}) as "declaredAt",
      r.opinion, r.recommendation, r.recommended_amount_ore::float8 as "recommendedAmountOre",
      to_char(r.submitted_at at time zone 'UTC', ${utcInstant}) as "submittedAt", r.version,
      coalesce((select json_agg(json_build_object('criterionId', s.criterion_id, 'score', s.score)
                  order by c.position, c.id)
                from application_review_scores s
                join application_criteria c on c.tenant_id = s.tenant_id and c.id = s.criterion_id
                where s.tenant_id = r.tenant_id and s.review_id = r.id), '[]') as scores,
      r.reviewer_user_id = ${actor.userId} as "isMine"
    from application_reviews r join users u on u.id = r.reviewer_user_id
    where r.tenant_id = ${tenant.id} and r.application_id = ${input.applicationId}
    order by r.declared_at, r.id`;
  const criteria = await tx<ReviewCriterion[]>`
    select c.id, c.name, c.description, c.max_score as "maxScore", c.active
    from application_criteria c
    where c.tenant_id = ${tenant.id} and (c.active or exists (
      select 1 from application_review_scores s join application_reviews r on r.tenant_id = s.tenant_id and r.id = s.review_id
      where s.tenant_id = c.tenant_id and s.criterion_id = c.id and r.application_id = ${input.applicationId}))
    order by c.position, c.id`;
  return {
    applicationId: input.applicationId,
    status: application.status,
    isOpen: reviewStatuses.includes(application.status),
    criteria,
    reviews,
    mineId: reviews.find((review) => review.isMine)?.id ?? null,
    summary: summariseReviews(reviews, criteria),
  };
}
