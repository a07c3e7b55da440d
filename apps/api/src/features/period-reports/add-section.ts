import { recordAudit } from '@samsyn/db';
import { type AddSectionInput, DomainError, reportWriteRefusal } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReportRow, reorderAfterSectionChange, sectionOrder } from './report-rows.ts';

/**
 * Adds an own section, written by hand, after another (null: first); the sections after it move
 * one place on. Never in an adopted report; a report marked ready goes back to draft. Editors.
 */
export async function addSection(ctx: TenantCtx, input: AddSectionInput): Promise<{ sectionId: string }> {
  const { tx, tenant } = ctx;
  const report = await lockReportRow(ctx, input.reportId);
  const refusal = reportWriteRefusal(report.status);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  const order = await sectionOrder(tx, tenant.id, input.reportId);
  const after = input.afterSectionId === null ? -1 : order.indexOf(input.afterSectionId);
  if (after === -1 && input.afterSectionId !== null)
    throw new DomainError('NOT_FOUND', 'periodReport.sectionNotFound');
  const [section] = await tx<{ id: string }[]>`
    insert into period_report_sections (tenant_id, report_id, position, level, numbered, title, source, custom)
    values (${tenant.id}, ${input.reportId}, ${after + 1}, ${input.level}, true, ${input.title}, null, true)
    returning id`;
  if (!section) throw new Error('period report section insert returned no row');
  order.splice(after + 1, 0, section.id);
  const backToDraft = await reorderAfterSectionChange(tx, tenant.id, input.reportId, order, report.status);
  await recordAudit(tx, {
    action: 'periodReportSection.create',
    entity: 'periodReportSection',
    entityId: section.id,
    after: {
      reportId: input.reportId,
      afterSectionId: input.afterSectionId,
      level: input.level,
      title: input.title,
      ...(backToDraft ? { reportStatus: 'draft' } : {}),
    },
  });
  return { sectionId: section.id };
}
