import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockMeeting } from './meeting-records.ts';

/**
 * Deletes a meeting that is not approved, with its items, documents, attendance, jäv and
 * decisions (the decisions are named in the audit entry). Approved minutes are the record and
 * are never deleted. Admins.
 */
export async function deleteMeeting(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string; expectedVersion: number },
): Promise<void> {
  const meeting = await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  // A decision's item has no cascade (the register keeps decisions): this deliberate act removes them.
  const decisions = await tx<{ id: string; title: string }[]>`
    delete from board_decisions d using board_agenda_items i
    where d.tenant_id = ${tenantId} and i.tenant_id = d.tenant_id and i.id = d.item_id
      and i.meeting_id = ${input.meetingId}
    returning d.id, d.title`;
  const items = await tx<{ title: string }[]>`
    select title from board_agenda_items where tenant_id = ${tenantId} and meeting_id = ${input.meetingId}
    order by position`;
  await tx`delete from board_meetings where tenant_id = ${tenantId} and id = ${input.meetingId}`;
  await recordAudit(tx, {
    action: 'boardMeeting.delete',
    entity: 'boardMeeting',
    entityId: input.meetingId,
    before: {
      bodyId: meeting.bodyId,
      meetingDate: meeting.meetingDate,
      status: meeting.status,
      items: items.map((item) => item.title),
      decisions,
    },
  });
}
