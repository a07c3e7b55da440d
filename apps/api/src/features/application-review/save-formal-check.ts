import { recordAudit } from '@samsyn/db';
import { DomainError, type FormalCheck, formalCheckStatuses, throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertStatusOpen, readApplicationStatus } from './application-lock.ts';

/**
 * Saves the formal check whole: each point's answer (yes/no) and comment; a point sent without an
 * answer loses its answer. Carries and bumps the APPLICATION's version; open while the application
 * is received, in formal check or under review. A point must be an active one of this förbund's
 * checklist, or one this application answered before it was deactivated. Editors.
 */
export async function saveFormalCheck(
  { tx, tenant, actor }: TenantCtx,
  input: FormalCheck & { applicationId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const application = await readApplicationStatus(tx, tenant.id, input.applicationId, { lock: true });
  if (application.version !== input.expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'application' });
  assertStatusOpen(application.status, formalCheckStatuses);
  const before = await tx<{ pointId: string; answer: string; comment: string }[]>`
    select point_id as "pointId", answer, comment from application_checklist_answers
    where tenant_id = ${tenant.id} and application_id = ${input.applicationId} for update`;
  const points = await tx<{ id: string; active: boolean }[]>`
    select id, active from application_checklist_points where tenant_id = ${tenant.id}`;
  throwIfProblems(
    'applicationReview.invalid',
    input.answers.flatMap((row, index) =>
      points.some((point) => point.id === row.pointId && point.active) ||
      before.some((old) => old.pointId === row.pointId)
        ? []
        : [{ key: 'applicationReview.pointInvalid', path: ['answers', index, 'pointId'] }],
    ),
  );
  for (const row of input.answers) {
    const old = before.find((answer) => answer.pointId === row.pointId);
    if (row.answer === null) {
      if (old)
        await tx`
          delete from application_checklist_answers
          where tenant_id = ${tenant.id} and application_id = ${input.applicationId} and point_id = ${row.pointId}`;
    } else if (!old)
      await tx`
        insert into application_checklist_answers (tenant_id, application_id, point_id, answer, comment, answered_by)
        values (${tenant.id}, ${input.applicationId}, ${row.pointId}, ${row.answer}, ${row.comment}, ${actor.userId})`;
    else if (old.answer !== row.answer || old.comment !== row.comment)
      await tx`
        update application_checklist_answers
        set answer = ${row.answer}, comment = ${row.comment}, answered_by = ${actor.userId}, version = version + 1
        where tenant_id = ${tenant.id} and application_id = ${input.applicationId} and point_id = ${row.pointId}`;
  }
  const [bumped] = await tx<{ version: number }[]>`
    update applications set version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.applicationId} returning version`;
  if (!bumped) throw new Error('application version bump returned no row');
  await recordAudit(tx, {
    action: 'applicationChecklistAnswer.save',
    entity: 'applicationChecklistAnswer',
    entityId: input.applicationId,
    before: { answers: before },
    after: { answers: input.answers },
  });
  return { version: bumped.version };
}
