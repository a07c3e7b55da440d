import type { BodyKind, MeetingStatus } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';

/** A meeting as lists and summaries read it (the meeting list, "Styrelsens arbete"). */
export interface MeetingSummary {
  id: string;
  bodyId: string;
  bodyName: string;
  bodyKind: BodyKind;
  meetingDate: string;
  /** "09:00", or null when no time is set. */
  startsAt: string | null;
  endsAt: string | null;
  place: string;
  status: MeetingStatus;
  minutesApprovedOn: string | null;
  itemCount: number;
}

/**
 * The förbund's meetings with a date from `from` to `to` (both included, ISO dates), of one body
 * or all, by date then body order. The shared reader of issue 21: the board-work summary counts
 * meetings per body with it. Any member of the förbund.
 */
export async function readMeetings(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { from: string; to: string; bodyId?: string },
): Promise<MeetingSummary[]> {
  return tx<MeetingSummary[]>`
    select m.id, m.body_id as "bodyId", b.name as "bodyName", b.kind as "bodyKind",
           m.meeting_date::text as "meetingDate", to_char(m.starts_at, 'HH24:MI') as "startsAt",
           to_char(m.ends_at, 'HH24:MI') as "endsAt", m.place, m.status,
           m.minutes_approved_on::text as "minutesApprovedOn",
           (select count(*)::int from board_agenda_items i
             where i.tenant_id = m.tenant_id and i.meeting_id = m.id) as "itemCount"
    from board_meetings m join board_bodies b on b.tenant_id = m.tenant_id and b.id = m.body_id
    where m.tenant_id = ${tenantId} and m.meeting_date between ${input.from} and ${input.to}
      ${input.bodyId ? tx`and m.body_id = ${input.bodyId}` : tx``}
    order by m.meeting_date, b.position, b.name, m.starts_at nulls first, m.id`;
}
