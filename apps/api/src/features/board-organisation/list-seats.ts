import type { TenantCtx } from '../verb-context.ts';
import { type SeatRecord, selectSeats } from './organisation-records.ts';

/**
 * The seats of the förbund or one body: those held on `on` (default: the caller's today), or
 * with `includeHistory` every seat ever held, newest term first within each role. Viewers.
 */
export async function listSeats(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { bodyId?: string | undefined; on: string; includeHistory: boolean },
): Promise<SeatRecord[]> {
  return selectSeats(tx, tenantId, {
    bodyId: input.bodyId ?? null,
    on: input.includeHistory ? null : input.on,
  });
}
