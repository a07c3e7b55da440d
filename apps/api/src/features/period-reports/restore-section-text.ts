import { recordAudit } from '@samsyn/db';
import { DomainError, type RestoreSectionTextInput, type WrittenBlock } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSection } from './report-rows.ts';
import { storeSectionText } from './section-text-rows.ts';

/**
 * Makes an earlier version of a section's text the current one, as a new version (the history
 * only grows). Refused while the section is marked ready and in an adopted report. Editors.
 */
export async function restoreSectionText(
  ctx: TenantCtx,
  input: RestoreSectionTextInput,
): Promise<{ textVersion: number; version: number }> {
  const { tx, tenant } = ctx;
  const section = await lockSection(ctx, input.sectionId, input.expectedVersion);
  const [old] = await tx<{ body: WrittenBlock[] }[]>`
    select body from period_report_section_texts
    where tenant_id = ${tenant.id} and section_id = ${section.id} and text_version = ${input.textVersion}`;
  if (!old) throw new DomainError('NOT_FOUND', 'periodReport.textVersionNotFound');
  const { backToDraft, ...saved } = await storeSectionText(
    tx,
    tenant.id,
    ctx.actor.userId,
    section,
    old.body,
  );
  await recordAudit(tx, {
    action: 'periodReportSection.restoreText',
    entity: 'periodReportSection',
    entityId: section.id,
    before: { textVersion: section.textVersion },
    after: {
      restoredTextVersion: input.textVersion,
      textVersion: saved.textVersion,
      ...(backToDraft ? { reportStatus: 'draft' } : {}),
    },
  });
  return saved;
}
