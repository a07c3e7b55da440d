import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

export interface SectionComment {
  id: string;
  body: string;
  /** ISO instant. */
  createdAt: string;
  author: { userId: string; name: string } | null;
  /** The caller's own comment, or the caller is an admin (and the report is not adopted). */
  canDelete: boolean;
}

/** A section's comments, oldest first (a conversation). NOT_FOUND for another förbund's section. Any member. */
export async function listComments(
  { tx, tenant, actor }: TenantCtx,
  input: { sectionId: string },
): Promise<SectionComment[]> {
  const [section] = await tx<{ reportStatus: string }[]>`
    select r.status as "reportStatus" from period_report_sections s
    join period_reports r on r.tenant_id = s.tenant_id and r.id = s.report_id
    where s.tenant_id = ${tenant.id} and s.id = ${input.sectionId}`;
  if (!section) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReportSection' });
  const isOpen = section.reportStatus !== 'adopted';
  const rows = await tx<
    { id: string; body: string; createdAt: Date; userId: string | null; name: string | null }[]
  >`
    select c.id, c.body, c.created_at as "createdAt", c.author_user_id as "userId", u.name
    from period_report_comments c left join users u on u.id = c.author_user_id
    where c.tenant_id = ${tenant.id} and c.section_id = ${input.sectionId}
    order by c.created_at, c.id`;
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    author: row.userId === null ? null : { userId: row.userId, name: row.name ?? '' },
    canDelete:
      isOpen && (tenant.role === 'admin' || (tenant.role === 'editor' && row.userId === actor.userId)),
  }));
}
