import { recordAudit } from '@samsyn/db';
import type { UpdateSectionInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSection, reportBackToDraft } from './report-rows.ts';

/**
 * Changes a section's title, level, numbering, whether it is in the document, and where its
 * content comes from (a generator, or null: written by hand instead). Never in an adopted report;
 * a change in a report marked ready takes the report back to draft. Editors.
 */
export async function updateSection(ctx: TenantCtx, input: UpdateSectionInput): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const { sectionId, expectedVersion, ...settings } = input;
  const before = await lockSection(ctx, sectionId, expectedVersion);
  const changed = (Object.keys(settings) as (keyof typeof settings)[]).filter(
    (key) => before[key] !== settings[key],
  );
  const [row] = await tx<{ version: number }[]>`
    update period_report_sections set title = ${settings.title}, level = ${settings.level},
      numbered = ${settings.numbered}, enabled = ${settings.enabled}, source = ${settings.source},
      version = version + 1
    where tenant_id = ${tenant.id} and id = ${sectionId} returning version`;
  if (!row) throw new Error('period report section update returned no row');
  const backToDraft =
    changed.length > 0 && (await reportBackToDraft(tx, tenant.id, before.reportId, before.reportStatus));
  await recordAudit(tx, {
    action: 'periodReportSection.update',
    entity: 'periodReportSection',
    entityId: sectionId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: {
      ...Object.fromEntries(changed.map((key) => [key, settings[key]])),
      ...(backToDraft ? { reportStatus: 'draft' } : {}),
    },
  });
  return row;
}
