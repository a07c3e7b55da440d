import { recordAudit } from '@samsyn/db';
import { undoBoardDecision } from '../application-decision/follow-board-decision.ts';
import type { TenantCtx } from '../verb-context.ts';
import { lockMeeting } from './meeting-records.ts';

/**
 * Deletes a meeting that is not approved, with its items, documents, attendance, jäv and
 * decisions (the decisions are named in the audit entry). Approved minutes are the record and
 * are never deleted. Admins.
 */
export async function deleteMeeting(
  ctx: TenantCtx,
  input: { meetingId: string; expectedVersion: number },
): Promise<void> {
  const {
    tx,
    tenant: { id: tenantId },
  } = ctx;
  const meeting = await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  // Applications its decisions decided go back to where they were (issue 22).
  for (const { id } of await tx<{ id: string }[]>`
    select d.id from board_decisions d join board_agenda_items i on i.tenant_id = d.tenant_id and i.id = d.item_id
    where d.tenant_id = ${tenantId} and i.meeting_id = ${input.meetingId}`)
    await undoBoardDecision(ctx, id);
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
