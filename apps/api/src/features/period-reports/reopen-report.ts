import { recordAudit } from '@samsyn/db';
import { DomainError, reopenRefusal } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockReport } from './report-rows.ts';

/** Takes a report marked ready back to draft (the sections keep their marks). Editors. */
export async function reopenReport(
  ctx: TenantCtx,
  input: { reportId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const report = await lockReport(ctx, input.reportId, input.expectedVersion);
  const refusal = reopenRefusal(report.status);
  if (refusal) throw new DomainError('CONFLICT', refusal);
  const [row] = await tx<{ version: number }[]>`
    update period_reports set status = 'draft', version = version + 1
    where tenant_id = ${tenant.id} and id = ${input.reportId} returning version`;
  if (!row) throw new Error('period report update returned no row');
  await recordAudit(tx, {
    action: 'periodReport.reopen',
    entity: 'periodReport',
    entityId: input.reportId,
    before: { status: report.status },
    after: { status: 'draft' },
  });
  return row;
}
