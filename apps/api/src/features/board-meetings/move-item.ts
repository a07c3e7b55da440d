import { recordAudit } from '@samsyn/db';
import { DomainError, moveEntry } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readAgendaOrder, writeAgendaOrder } from './agenda-order.ts';
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
  const order = await readAgendaOrder(tx, tenantId, input.meetingId);
  const index = order.indexOf(input.itemId);
  if (index < 0) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  await writeAgendaOrder(tx, tenantId, moveEntry(order, index, input.step));
  const version = await bumpMeetingVersion(tx, tenantId, input.meetingId);
  await recordAudit(tx, {
    action: 'boardAgendaItem.move',
    entity: 'boardAgendaItem',
    entityId: input.itemId,
    after: { meetingId: input.meetingId, step: input.step },
  });
  return { version };
}
