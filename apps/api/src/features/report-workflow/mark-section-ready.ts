import { recordAudit } from '@samsyn/db';
import type { SectionEditInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockWorkflowSection } from './section-records.ts';

/**
 * Marks a section ready ("klar"), by the caller, now. A section already ready keeps who marked it
 * and when (the call changes nothing). Editors; not once adopted.
 */
export async function markSectionReady(
  ctx: TenantCtx,
  input: SectionEditInput,
): Promise<{ version: number }> {
  const { tx, tenant, actor } = ctx;
  const section = await lockWorkflowSection(ctx, input.sectionId, input.expectedVersion);
  if (section.readyAt !== null) return { version: section.version };
  const [row] = await tx<{ version: number }[]>`
    update period_report_sections set ready_at = now(), ready_by = ${actor.userId}, version = version + 1
    where tenant_id = ${tenant.id} and id = ${section.id} returning version`;
  if (!row) throw new Error('section mark ready returned no row');
  await recordAudit(tx, {
    action: 'periodReportSection.markReady',
    entity: 'periodReportSection',
    entityId: section.id,
  });
  return row;
}
