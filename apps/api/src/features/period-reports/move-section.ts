import { recordAudit } from '@samsyn/db';
import type { MoveSectionInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockSection, reportBackToDraft, sectionOrder, setSectionOrder } from './report-rows.ts';

/**
 * Moves a section one place up or down, swapping it with its neighbour; at either end nothing
 * moves (the version still moves on, as for any edit). A move in a report marked ready takes it
 * back to draft. Editors.
 */
export async function moveSection(ctx: TenantCtx, input: MoveSectionInput): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const section = await lockSection(ctx, input.sectionId, input.expectedVersion);
  const order = await sectionOrder(tx, tenant.id, section.reportId);
  const from = order.indexOf(section.id);
  const to = from + (input.direction === 'up' ? -1 : 1);
  const moves = from >= 0 && to >= 0 && to < order.length;
  if (moves) {
    [order[from], order[to]] = [order[to] as string, order[from] as string];
    await setSectionOrder(tx, tenant.id, section.reportId, order);
  }
  const [row] = await tx<{ version: number }[]>`
    update period_report_sections set version = version + 1
    where tenant_id = ${tenant.id} and id = ${section.id} returning version`;
  if (!row) throw new Error('period report section update returned no row');
  const backToDraft =
    moves && (await reportBackToDraft(tx, tenant.id, section.reportId, section.reportStatus));
  await recordAudit(tx, {
    action: 'periodReportSection.move',
    entity: 'periodReportSection',
    entityId: section.id,
    before: { position: from },
    after: {
      direction: input.direction,
      position: moves ? to : from,
      ...(backToDraft ? { reportStatus: 'draft' } : {}),
    },
  });
  return row;
}
