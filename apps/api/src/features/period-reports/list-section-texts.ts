import { DomainError, type WrittenBlock } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { utcInstant } from './report-rows.ts';

export interface SectionTextVersion {
  textVersion: number;
  savedAt: string;
  /** Who saved it; null when the user is gone. */
  savedBy: string | null;
  body: WrittenBlock[];
}

/** Every saved version of a section's written text, newest first. Any member. */
export async function listSectionTexts(
  { tx, tenant }: TenantCtx,
  input: { sectionId: string },
): Promise<SectionTextVersion[]> {
  const [section] = await tx`
    select 1 from period_report_sections where tenant_id = ${tenant.id} and id = ${input.sectionId}`;
  if (!section) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReportSection' });
  return tx<SectionTextVersion[]>`
    select t.text_version as "textVersion", to_char(t.saved_at at time zone 'UTC', ${utcInstant}) as "savedAt",
      u.name as "savedBy", t.body
    from period_report_section_texts t left join users u on u.id = t.saved_by
    where t.tenant_id = ${tenant.id} and t.section_id = ${input.sectionId}
    order by t.text_version desc`;
}
