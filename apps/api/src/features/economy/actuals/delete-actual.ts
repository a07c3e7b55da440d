import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../../concurrency.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { isForeignKeyViolation } from '../economy-store.ts';

/** Removes one actual. Editors and admins; optimistic concurrency; audited. */
export async function deleteActual(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { id: string; expectedVersion: number },
): Promise<{ id: string }> {
  const [before] = await tx<{ amount: string; year: number }[]>`
    select amount_ore::text as amount, year from actuals where tenant_id = ${tenantId} and id = ${input.id}`;
  if (!before) staleOrMissing('actual', false);
  try {
    const deleted = await tx.savepoint(
      (
        sp,
      ) => sp`delete from actuals where tenant_id = ${tenantId} and id = ${input.id} and version = ${input.expectedVersion}
                 returning 1`,
    );
    if (deleted.length === 0) staleOrMissing('actual', true);
  } catch (error) {
    // A breakdown per intervention points at this actual: remove that first.
    if (isForeignKeyViolation(error)) throw new DomainError('CONFLICT', 'actuals.hasBreakdown');
    throw error;
  }
  await recordAudit(tx, { action: 'actual.delete', entity: 'actual', entityId: input.id, before });
  return { id: input.id };
}
