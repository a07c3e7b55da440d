import type { TenantCtx } from '../verb-context.ts';
import { type BodyRecord, selectBodies } from './organisation-records.ts';

/** The förbund's bodies in their order, each with its number of meetings. Viewers. */
export async function listBodies({ tx, tenant: { id: tenantId } }: TenantCtx): Promise<BodyRecord[]> {
  return selectBodies(tx, tenantId);
}
