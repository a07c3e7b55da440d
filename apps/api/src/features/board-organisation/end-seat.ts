import { recordAudit } from '@samsyn/db';
import { throwIfProblems } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { lockRow } from './organisation-records.ts';

/**
 * Ends a seat on `toDate` (the last day it is held): the person leaves the body, the seat stays in
 * the history. Not before the seat began. Editors.
 */
export async function endSeat(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { seatId: string; toDate: string; expectedVersion: number },
): Promise<{ version: number }> {
  const before = await lockRow(tx, 'board_seats', tenantId, input.seatId, input.expectedVersion);
  const fromDate = String(before.from_date);
  throwIfProblems(
    'boardOrganisation.invalid',
    input.toDate < fromDate ? [{ key: 'boardOrganisation.toBeforeFrom', path: ['toDate'] }] : [],
  );
  const [row] = await tx<{ version: number }[]>`
    update board_seats set to_date = ${input.toDate}, version = version + 1
    where tenant_id = ${tenantId} and id = ${input.seatId} returning version`;
  if (!row) throw new Error('seat end returned no row');
  await recordAudit(tx, {
    action: 'board.seat.end',
    entity: 'boardSeat',
    entityId: input.seatId,
    before: { to_date: before.to_date },
    after: { to_date: input.toDate },
  });
  return row;
}
