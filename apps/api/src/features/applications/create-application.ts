import { recordAudit } from '@samsyn/db';
import { type CreateApplication, todayInSweden } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { checkApplication, columnsOf, partiesBesidesLead, writeParts } from './application-rows.ts';
import { recordStatusChange } from './record-status-change.ts';

/**
 * A new application, as expected (an idea "kan generera en projektansökan"), a draft, or received;
 * a received one meets the Finsam party rule and its local group's budget. Its history starts with
 * the status it was created in. One transaction with its audit entries. Editors.
 */
export async function createApplication(
  ctx: TenantCtx,
  input: CreateApplication,
): Promise<{ id: string; version: number }> {
  const { tx, tenant } = ctx;
  const { status, ...fields } = input;
  await checkApplication(ctx, fields, status, null);
  const columns = columnsOf(fields);
  const [row] = await tx<{ id: string; version: number }[]>`
    insert into applications ${tx({ tenant_id: tenant.id, status, ...columns })}
    returning id, version`;
  if (!row) throw new Error('application insert returned no row');
  await writeParts(ctx, row.id, fields);
  await recordAudit(tx, {
    action: 'application.create',
    entity: 'application',
    entityId: row.id,
    after: { status, ...fields, partyMemberIds: partiesBesidesLead(fields) },
  });
  await recordStatusChange(ctx, {
    applicationId: row.id,
    from: null,
    to: status,
    effectiveDate: todayInSweden(),
    note: '',
  });
  return row;
}
