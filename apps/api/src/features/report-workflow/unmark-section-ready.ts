import { recordAudit } from '@samsyn/db';
import type { SectionEditInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockWorkflowSection } from './section-records.ts';

/**
 * Takes a section's ready mark away. A report marked ready is then no longer ready: it goes back
 * to draft in the same transaction (its version moves on, so a stale Fastställ is refused).
 * Editors; not once adopted.
 */
export async function unmarkSectionReady(
  ctx: TenantCtx,
  input: SectionEditInput,
): Promise<{ version: number; reportStatus: 'draft' | 'ready' }> {
  const { tx, tenant } = ctx;
  const section = await lockWorkflowSection(ctx, input.sectionId, input.expectedVersion);
  const reportStatus = section.reportStatus === 'ready' ? 'ready' : 'draft';
  if (section.readyAt === null) return { version: section.version, reportStatus };
  const [row] = await tx<{ version: number }[]>`
    update period_report_sections set ready_at = null, ready_by = null, version = version + 1
    where tenant_id = ${tenant.id} and id = ${section.id} returning version`;
  if (!row) throw new Error('section unmark ready returned no row');
  const [reopened] = await tx`
    update period_reports set status = 'draft', version = version + 1
    where tenant_id = ${tenant.id} and id = ${section.reportId} and status = 'ready' returning id`;
  await recordAudit(tx, {
    action: 'periodReportSection.unmarkReady',
    entity: 'periodReportSection',
    entityId: section.id,
    ...(reopened ? { before: { reportStatus: 'ready' }, after: { reportStatus: 'draft' } } : {}),
  });
  return { version: row.version, reportStatus: 'draft' };
}
