import { recordAudit } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { undoBoardDecision } from '../application-decision/follow-board-decision.ts';
import type { TenantCtx } from '../verb-context.ts';
import { readAgendaOrder, writeAgendaOrder } from './agenda-order.ts';
import { bumpMeetingVersion, lockMeeting } from './meeting-records.ts';

/**
 * Removes an agenda item with its documents and jäv, and its decision if it has one (named in the
 * audit entry); the rest of the agenda closes up. Editors; carries the meeting's version.
 */
export async function removeItem(
  ctx: TenantCtx,
  input: { meetingId: string; expectedVersion: number; itemId: string },
): Promise<{ version: number }> {
  const {
    tx,
    tenant: { id: tenantId },
  } = ctx;
  await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  const [item] = await tx<{ title: string; paragraph: number | null }[]>`
    select title, paragraph from board_agenda_items
    where tenant_id = ${tenantId} and id = ${input.itemId} and meeting_id = ${input.meetingId}`;
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  // An application the item's decision decided goes back to where it was (issue 22).
  for (const { id } of await tx<{ id: string }[]>`
    select id from board_decisions where tenant_id = ${tenantId} and item_id = ${input.itemId}`)
    await undoBoardDecision(ctx, id);
  const decisions = await tx<{ id: string; title: string }[]>`
    delete from board_decisions where tenant_id = ${tenantId} and item_id = ${input.itemId} returning id, title`;
  await tx`delete from board_agenda_items where tenant_id = ${tenantId} and id = ${input.itemId}`;
  await writeAgendaOrder(tx, tenantId, await readAgendaOrder(tx, tenantId, input.meetingId));
  const version = await bumpMeetingVersion(tx, tenantId, input.meetingId);
  await recordAudit(tx, {
    action: 'boardAgendaItem.delete',
    entity: 'boardAgendaItem',
    entityId: input.itemId,
    before: { meetingId: input.meetingId, ...item, decisions },
  });
  return { version };
}
