import { recordAudit } from '@samsyn/db';
import { DomainError, fieldsOfApplication } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockApplication } from './application-rows.ts';
import { getApplication } from './get-application.ts';

/**
 * Deletes an application with its parts and history. Editors delete an expected one or a draft;
 * admins any that is not granted (a grant has an agreement and money behind it).
 */
export async function deleteApplication(
  ctx: TenantCtx,
  input: { applicationId: string; expectedVersion: number },
): Promise<void> {
  const { tx, tenant } = ctx;
  const locked = await lockApplication(ctx, input.applicationId, input.expectedVersion);
  if (locked.status === 'granted') throw new DomainError('CONFLICT', 'applications.deleteDecided');
  if (tenant.role !== 'admin' && locked.status !== 'expected' && locked.status !== 'draft')
    throw new DomainError('FORBIDDEN', 'applications.deleteRefused');
  const before = fieldsOfApplication(await getApplication(ctx, { applicationId: locked.id }));
  await tx`delete from applications where tenant_id = ${tenant.id} and id = ${locked.id}`;
  await recordAudit(tx, {
    action: 'application.delete',
    entity: 'application',
    entityId: locked.id,
    before: { status: locked.status, ...before },
  });
}
