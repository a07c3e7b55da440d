import { recordAudit } from '@samsyn/db';
import type { SaveSectionTextInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSection } from './report-rows.ts';
import { storeSectionText } from './section-text-rows.ts';

/**
 * Saves a section's written text (headings, paragraphs, lists, tables) as its next version, kept
 * in the history. Refused while the section is marked ready and in an adopted report. Editors.
 */
export async function saveSectionText(
  ctx: TenantCtx,
  input: SaveSectionTextInput,
): Promise<{ textVersion: number; version: number }> {
  const section = await lockSection(ctx, input.sectionId, input.expectedVersion);
  const { backToDraft, ...saved } = await storeSectionText(
    ctx.tx,
    ctx.tenant.id,
    ctx.actor.userId,
    section,
    input.body,
  );
  await recordAudit(ctx.tx, {
    action: 'periodReportSection.saveText',
    entity: 'periodReportSection',
    entityId: section.id,
    before: { textVersion: section.textVersion },
    after: { textVersion: saved.textVersion, ...(backToDraft ? { reportStatus: 'draft' } : {}) },
  });
  return saved;
}
