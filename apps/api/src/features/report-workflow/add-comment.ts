import { recordAudit } from '@samsyn/db';
import type { AddCommentInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readWorkflowSection } from './section-records.ts';

/** Adds the caller's comment to a section. Editors; not once the report is adopted. */
export async function addComment(ctx: TenantCtx, input: AddCommentInput): Promise<{ commentId: string }> {
  const { tx, tenant, actor } = ctx;
  const section = await readWorkflowSection(ctx, input.sectionId, { lock: true });
  const [row] = await tx<{ id: string }[]>`
    insert into period_report_comments (tenant_id, section_id, author_user_id, body)
    values (${tenant.id}, ${section.id}, ${actor.userId}, ${input.body}) returning id`;
  if (!row) throw new Error('comment insert returned no row');
  await recordAudit(tx, {
    action: 'periodReportComment.create',
    entity: 'periodReportComment',
    entityId: row.id,
    after: { sectionId: section.id, body: input.body },
  });
  return { commentId: row.id };
}
