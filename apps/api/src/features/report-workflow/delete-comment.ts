import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { adoptedRefusal } from './section-records.ts';

/**
 * Deletes a comment: the author's own, or any as admin (FORBIDDEN `reportWorkflow.commentNotYours`
 * otherwise). Editors; not once the report is adopted.
 */
export async function deleteComment(
  { tx, tenant, actor }: TenantCtx,
  input: { commentId: string },
): Promise<{ deleted: true }> {
  const [comment] = await tx<
    { authorUserId: string | null; sectionId: string; body: string; reportStatus: string }[]
  >`
    select c.author_user_id as "authorUserId", c.section_id as "sectionId", c.body, r.status as "reportStatus"
    from period_report_comments c
    join period_report_sections s on s.tenant_id = c.tenant_id and s.id = c.section_id
    join period_reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
    where c.tenant_id = ${tenant.id} and c.id = ${input.commentId}
    for update of c, r`;
  if (!comment) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReportComment' });
  if (comment.reportStatus === 'adopted') throw adoptedRefusal();
  if (tenant.role !== 'admin' && comment.authorUserId !== actor.userId)
    throw new DomainError('FORBIDDEN', 'reportWorkflow.commentNotYours');
  await tx`delete from period_report_comments where tenant_id = ${tenant.id} and id = ${input.commentId}`;
  await recordAudit(tx, {
    action: 'periodReportComment.delete',
    entity: 'periodReportComment',
    entityId: input.commentId,
    before: { sectionId: comment.sectionId, authorUserId: comment.authorUserId, body: comment.body },
  });
  return { deleted: true };
}
