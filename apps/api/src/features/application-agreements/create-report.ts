import { recordAudit } from '@samsyn/db';
import type { GrantReportKind } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockAgreement, refuseClosed } from './agreement-rows.ts';
import { checkOneFinal } from './report-rows.ts';

/** Adds a report deadline (interim or the one final report). Editors; audited as `applicationReport.create`. */
export async function createReport(
  { tx, tenant }: TenantCtx,
  input: { agreementId: string; kind: GrantReportKind; dueDate: string; note: string },
): Promise<{ id: string }> {
  const agreement = await lockAgreement(tx, tenant.id, input.agreementId);
  refuseClosed(agreement);
  await checkOneFinal(tx, tenant.id, agreement.id, { id: null, kind: input.kind });
  const [row] = await tx<{ id: string }[]>`
    insert into application_reports (tenant_id, agreement_id, kind, due_date, note)
    values (${tenant.id}, ${agreement.id}, ${input.kind}, ${input.dueDate}, ${input.note}) returning id`;
  if (!row) throw new Error('report insert returned no row');
  await recordAudit(tx, {
    action: 'applicationReport.create',
    entity: 'applicationReport',
    entityId: row.id,
    after: { agreementId: agreement.id, kind: input.kind, dueDate: input.dueDate, note: input.note },
  });
  return row;
}
