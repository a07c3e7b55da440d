import { recordAudit } from '@samsyn/db';
import { type ConflictDeclaration, throwIfProblems } from '@samsyn/domain';
import { readSeatsOn } from '../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../verb-context.ts';
import { bumpItem, lockConflictItem } from './item-records.ts';

/**
 * Records that a seat holder declares jäv on an agenda item and takes no part in its decision.
 * The seat must be the meeting's body's on its date and not have declared already (field messages
 * on `seatId`). Carries and bumps the ITEM's version; refused once the minutes are approved. Editors.
 */
export async function declareConflict(
  ctx: TenantCtx,
  input: ConflictDeclaration & { itemId: string; expectedVersion: number },
): Promise<{ version: number }> {
  const { tx, tenant } = ctx;
  const item = await lockConflictItem(tx, tenant.id, input.itemId, input.expectedVersion);
  const seats = await readSeatsOn(ctx, { date: item.meetingDate, bodyId: item.bodyId });
  const [existing] = await tx`
    select 1 from board_conflicts where tenant_id = ${tenant.id} and item_id = ${item.id} and seat_id = ${input.seatId}`;
  throwIfProblems('boardAttendance.invalid', [
    ...(seats.some((seat) => seat.seatId === input.seatId)
      ? []
      : [{ key: 'boardAttendance.conflictSeatNotOnBody', path: ['seatId'] }]),
    ...(existing ? [{ key: 'boardAttendance.conflictAlreadyDeclared', path: ['seatId'] }] : []),
  ]);
  await tx`
    insert into board_conflicts (tenant_id, item_id, seat_id, reason)
    values (${tenant.id}, ${item.id}, ${input.seatId}, ${input.reason})`;
  const version = await bumpItem(tx, tenant.id, item.id);
  await recordAudit(tx, {
    action: 'boardConflict.declare',
    entity: 'boardConflict',
    entityId: item.id,
    after: { seatId: input.seatId, reason: input.reason },
  });
  return { version };
}
