import { recordAudit } from '@samsyn/db';
import { type ConflictOfInterest, DomainError, reviewStatuses } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertStatusOpen, readApplicationStatus } from './application-lock.ts';

/**
 * Starts the caller's own review with their jäv declaration: none, or a conflict with its reason
 * (then they never recommend). Once per reviewer and application; open while the application is
 * in formal check, under review or a proposal. Editors.
 */
export async function declareReview(
  { tx, tenant, actor }: TenantCtx,
  input: ConflictOfInterest & { applicationId: string },
): Promise<{ id: string; version: number }> {
  const application = await readApplicationStatus(tx, tenant.id, input.applicationId, { lock: true });
  assertStatusOpen(application.status, reviewStatuses);
  const [existing] = await tx`
    select 1 from application_reviews
    where tenant_id = ${tenant.id} and application_id = ${input.applicationId} and reviewer_user_id = ${actor.userId}`;
  if (existing) throw new DomainError('CONFLICT', 'applicationReview.alreadyDeclared');
  const values = { has_conflict: input.hasConflict, conflict_reason: input.conflictReason };
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into application_reviews ${tx({
      tenant_id: tenant.id,
      application_id: input.applicationId,
      reviewer_user_id: actor.userId,
      ...values,
    })}
    returning id, version`;
  if (!row) throw new Error('review insert returned no row');
  await recordAudit(tx, {
    action: 'applicationReview.declare',
    entity: 'applicationReview',
    entityId: row.id,
    after: { applicationId: input.applicationId, ...values },
  });
  return row;
}
