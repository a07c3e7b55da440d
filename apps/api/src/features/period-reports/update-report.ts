import { recordAudit } from '@samsyn/db';
import { DomainError, type UpdateReportInput } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { assertPlan, lockEditableReport } from './report-rows.ts';

/**
 * Changes a report's title, period, deadline and plan, if nobody changed the report since; never
 * an adopted one. Another report of the same kind and period: CONFLICT `periodReport.duplicate`.
 * Editors.
 */
export async function updateReport(ctx: TenantCtx, input: UpdateReportInput): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const { reportId, expectedVersion, ...details } = input;
  const before = await lockEditableReport(ctx, reportId, expectedVersion);
  const [duplicate] = await tx`
    select 1 from period_reports where tenant_id = ${tenant.id} and kind = ${before.kind} and id <> ${reportId}
      and period_start = ${details.periodStart} and period_end = ${details.periodEnd}`;
  if (duplicate) throw new DomainError('CONFLICT', 'periodReport.duplicate');
  await assertPlan(tx, tenant.id, details.planId);
  const [row] = await tx<{ version: number }[]>`
    update period_reports set title = ${details.title}, period_start = ${details.periodStart},
      period_end = ${details.periodEnd}, deadline = ${details.deadline}, plan_id = ${details.planId},
      version = version + 1
    where tenant_id = ${tenant.id} and id = ${reportId} returning version`;
  if (!row) throw new Error('period report update returned no row');
  const changed = (Object.keys(details) as (keyof typeof details)[]).filter(
    (key) => before[key] !== details[key],
  );
  await recordAudit(tx, {
    action: 'periodReport.update',
    entity: 'periodReport',
    entityId: reportId,
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, details[key]])),
  });
  return row;
}
