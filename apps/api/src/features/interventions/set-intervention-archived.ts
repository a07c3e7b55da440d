import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import {
  getInterventionRecord,
  type InterventionRecord,
  lockIntervention,
} from './records/intervention-record.ts';

/**
 * Archives an intervention (it leaves the register's default view and the reports, its figures
 * stay), or restores it. Editors and admins; optimistic concurrency.
 */
export async function setInterventionArchived(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number; isArchived: boolean },
): Promise<InterventionRecord> {
  const locked = await lockIntervention(tx, tenantId, input.id);
  if (locked.version !== input.expectedVersion) staleOrMissing('intervention', true);
  if ((locked.archivedAt !== null) === input.isArchived)
    throw new DomainError(
      'CONFLICT',
      input.isArchived ? 'intervention.alreadyArchived' : 'intervention.notArchived',
    );
  await tx`
    update interventions set archived_at = ${input.isArchived ? tx`now()` : null}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.id}`;
  await recordAudit(tx, {
    action: input.isArchived ? 'intervention.archive' : 'intervention.restore',
    entity: 'intervention',
    entityId: input.id,
  });
  return getInterventionRecord(tx, tenantId, input.id);
}

/** Archives an intervention (see setInterventionArchived). */
export const archiveIntervention = (ctx: TenantCtx, input: { id: string; expectedVersion: number }) =>
  setInterventionArchived(ctx, { ...input, isArchived: true });

/** Restores an archived intervention (see setInterventionArchived). */
export const restoreIntervention = (ctx: TenantCtx, input: { id: string; expectedVersion: number }) =>
  setInterventionArchived(ctx, { ...input, isArchived: false });
