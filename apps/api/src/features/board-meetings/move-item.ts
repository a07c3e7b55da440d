import { recordAudit } from '@samsyn/db';
import { DomainError, moveEntry } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { bumpMeetingVersion, lockMeeting } from './meeting-records.ts';

/**
 * Moves an agenda item one step up (-1) or down (+1); at either end nothing moves (the version
 * still moves on). The agenda is renumbered 0, 1, 2 … Editors; carries the meeting's version.
 */
export async function moveItem(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string; expectedVersion: number; itemId: string; step: -1 | 1 },
): Promise<{ version: number }> {
  await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  const rows = await tx<{ id: string }[]>`
    select id from board_agenda_items where tenant_id = ${tenantId} and meeting_id = ${input.meetingId}
    order by position, id`;
  const order = rows.map((row) => row.id);
  const index = order.indexOf(input.itemId);
  if (index < 0) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  for (const [position, id] of moveEntry(order, index, input.step).entries())
    await tx`update board_agenda_items set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
  const version = await bumpMeetingVersion(tx, tenantId, input.meetingId);
  await recordAudit(tx, {
    action: 'boardAgendaItem.move',
    entity: 'boardAgendaItem',
    entityId: input.itemId,
    after: { meetingId: input.meetingId, step: input.step },
  });
  return { version };
}
