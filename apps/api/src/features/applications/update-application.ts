import { recordAudit } from '@samsyn/db';
import { type ApplicationFields, fieldsOfApplication } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import {
  bumpApplicationVersion,
  checkApplication,
  columnsOf,
  lockApplication,
  partiesBesidesLead,
  refuseIfClosed,
  writeParts,
} from './application-rows.ts';
import { getApplication } from './get-application.ts';

/**
 * Saves an application's fields, parties, goals and budget years whole, carrying its version;
 * refused once it is granted, rejected or withdrawn. From 'received' on the Finsam party rule and
 * the local group's budget hold. Editors.
 */
export async function updateApplication(
  ctx: TenantCtx,
  input: ApplicationFields & { applicationId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const { applicationId, expectedVersion, ...fields } = input;
  const locked = await lockApplication(ctx, applicationId, expectedVersion);
  refuseIfClosed(locked);
  await checkApplication(ctx, fields, locked.status, locked.id);
  const before = fieldsOfApplication(await getApplication(ctx, { applicationId }));
  await tx`update applications set ${tx(columnsOf(fields))} where tenant_id = ${tenant.id} and id = ${locked.id}`;
  await writeParts(ctx, locked.id, fields);
  const version = await bumpApplicationVersion(ctx, locked.id);
  await recordAudit(tx, {
    action: 'application.update',
    entity: 'application',
    entityId: locked.id,
    before,
    after: { ...fields, partyMemberIds: partiesBesidesLead(fields) },
  });
  return { version };
}
