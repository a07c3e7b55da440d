import { recordAudit } from '@samsyn/db';
import { nextParagraphs, type ParagraphInSeries } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { readAgendaOrder } from './agenda-order.ts';
import { bumpMeetingVersion, lockMeeting } from './meeting-records.ts';

/**
 * Numbers a meeting's items in agenda order, continuing the body's § series of the year
 * (`nextParagraphs`). Each item's version moves on, as does the meeting's. Editors.
 */
export async function numberParagraphs(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { meetingId: string; expectedVersion: number },
): Promise<{ version: number; paragraphs: { itemId: string; paragraph: number }[] }> {
  const meeting = await lockMeeting(tx, tenantId, input.meetingId, input.expectedVersion);
  const year = meeting.meetingDate.slice(0, 4);
  const series = await tx<ParagraphInSeries[]>`
    select m.id as "meetingId", m.body_id as "bodyId", m.meeting_date::text as "meetingDate", i.paragraph
    from board_agenda_items i join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where i.tenant_id = ${tenantId} and m.body_id = ${meeting.bodyId} and i.paragraph is not null
      and m.meeting_date between ${`${year}-01-01`} and ${meeting.meetingDate}`;
  const paragraphs = nextParagraphs(meeting, await readAgendaOrder(tx, tenantId, input.meetingId), series);
  // Cleared first: the meeting's § are unique, and the new numbers may swap with the old.
  await tx`update board_agenda_items set paragraph = null
           where tenant_id = ${tenantId} and meeting_id = ${input.meetingId}`;
  for (const { itemId, paragraph } of paragraphs)
    await tx`update board_agenda_items set paragraph = ${paragraph}, version = version + 1
             where tenant_id = ${tenantId} and id = ${itemId}`;
  const version = await bumpMeetingVersion(tx, tenantId, input.meetingId);
  await recordAudit(tx, {
    action: 'boardMeeting.numberParagraphs',
    entity: 'boardMeeting',
    entityId: input.meetingId,
    after: { paragraphs: paragraphs.map((entry) => entry.paragraph) },
  });
  return { version, paragraphs };
}
