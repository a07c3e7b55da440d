import type { TransactionSql } from '@samsyn/db';
import { DomainError, type MeetingStatus } from '@samsyn/domain';

/** A meeting's row as the verbs lock and check it. */
export interface MeetingRow {
  id: string;
  bodyId: string;
  meetingDate: string;
  status: MeetingStatus;
  version: number;
}

/** An agenda item's row as the verbs lock and check it, with its meeting's status. */
export interface ItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: string;
  paragraph: number | null;
  version: number;
  meetingStatus: MeetingStatus;
}

const approved = () => new DomainError('CONFLICT', 'board.minutesApproved');

/**
 * Locks a meeting for a write. Approved minutes are the record: refused with board.minutesApproved
 * whatever the version (before the trigger would refuse it, and telling why); then the editor's
 * version must still be the meeting's (CONFLICT otherwise). NOT_FOUND when the förbund has no such
 * meeting.
 */
export async function lockMeeting(
  tx: TransactionSql,
  tenantId: string,
  meetingId: string,
  expectedVersion: number,
): Promise<MeetingRow> {
  const [meeting] = await tx<MeetingRow[]>`
    select id, body_id as "bodyId", meeting_date::text as "meetingDate", status, version
    from board_meetings where tenant_id = ${tenantId} and id = ${meetingId} for update`;
  if (!meeting) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardMeeting' });
  if (meeting.status === 'approved') throw approved();
  if (meeting.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'boardMeeting' });
  return meeting;
}

/**
 * Locks an agenda item (and its meeting's row, so approval cannot slip in between) for a write of
 * its own: refused when its meeting is approved, CONFLICT for a stale item version.
 */
export async function lockItem(
  tx: TransactionSql,
  tenantId: string,
  itemId: string,
  expectedVersion: number,
): Promise<ItemRow> {
  const [item] = await tx<ItemRow[]>`
    select i.id, i.meeting_id as "meetingId", i.position, i.title, i.paragraph, i.version,
           m.status as "meetingStatus"
    from board_agenda_items i join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where i.tenant_id = ${tenantId} and i.id = ${itemId}
    for update of i, m`;
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  if (item.meetingStatus === 'approved') throw approved();
  if (item.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'boardAgendaItem' });
  return item;
}

/** Agenda order, header and approval edits carry the meeting's version: each moves it on. */
export async function bumpMeetingVersion(
  tx: TransactionSql,
  tenantId: string,
  meetingId: string,
): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update board_meetings set version = version + 1
    where tenant_id = ${tenantId} and id = ${meetingId} returning version`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardMeeting' });
  return row.version;
}

/** An item's own edits (text, minutes, §, documents) move the item's version on. */
export async function bumpItemVersion(tx: TransactionSql, tenantId: string, itemId: string): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update board_agenda_items set version = version + 1
    where tenant_id = ${tenantId} and id = ${itemId} returning version`;
  if (!row) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  return row.version;
}

/** The body's seats on a date (from ≤ date ≤ to), as the approval's signatories must hold. */
export async function seatsOfBodyOn(
  tx: TransactionSql,
  tenantId: string,
  bodyId: string,
  date: string,
): Promise<{ seatId: string; personName: string; party: string; role: string }[]> {
  return tx`
    select s.id as "seatId", p.name as "personName", p.party, s.role
    from board_seats s join board_people p on p.tenant_id = s.tenant_id and p.id = s.person_id
    where s.tenant_id = ${tenantId} and s.body_id = ${bodyId}
      and s.from_date <= ${date} and (s.to_date is null or s.to_date >= ${date})
      and s.role in ('chair', 'viceChair', 'member', 'substitute')
    order by case s.role when 'chair' then 0 when 'viceChair' then 1 when 'member' then 2 else 3 end,
             s.substitute_order nulls last, s.position, p.name`;
}
