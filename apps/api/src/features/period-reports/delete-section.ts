import { recordAudit } from '@samsyn/db';
import { DomainError, deleteSectionRefusal } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSection, reorderAfterSectionChange, sectionOrder } from './report-rows.ts';

/**
 * Removes an own section with its texts and comments (`periodReport.notCustom` for the template's
 * sections: they are switched off instead, so the next report still has them). Never in an
 * adopted report; a report marked ready goes back to draft. Editors.
 */
export async function deleteSection(
  ctx: TenantCtx,
  input: { sectionId: string; expectedVersion: number },
): Promise<void> {
  const { tx, tenant } = ctx;
  const section = await lockSection(ctx, input.sectionId, input.expectedVersion);
  const refusal = deleteSectionRefusal(section.reportStatus, section);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  await tx`delete from period_report_sections where tenant_id = ${tenant.id} and id = ${section.id}`;
  const order = await sectionOrder(tx, tenant.id, section.reportId);
  const backToDraft = await reorderAfterSectionChange(
    tx,
    tenant.id,
    section.reportId,
    order,
    section.reportStatus,
  );
  await recordAudit(tx, {
    action: 'periodReportSection.delete',
    entity: 'periodReportSection',
    entityId: section.id,
    before: {
      reportId: section.reportId,
      title: section.title,
      level: section.level,
      textVersion: section.textVersion,
    },
    ...(backToDraft ? { after: { reportStatus: 'draft' } } : {}),
  });
}
