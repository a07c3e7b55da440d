import type { TransactionSql } from '@samsyn/db';
import { DomainError, type MeetingStatus } from '@samsyn/domain';

/** An agenda item with what its jäv needs: its meeting, the meeting's body and date, what it concerns. */
export interface ConflictItem {
  id: string;
  meetingId: string;
  title: string;
  paragraph: number | null;
  version: number;
  bodyId: string;
  meetingDate: string;
  meetingStatus: MeetingStatus;
  concernsInterventionId: string | null;
  concernsApplicationId: string | null;
}

/** The item (NOT_FOUND when the förbund has none such); `forUpdate` locks it and its meeting's row. */
export async function conflictItem(
  tx: TransactionSql,
  tenantId: string,
  itemId: string,
  { forUpdate }: { forUpdate: boolean } = { forUpdate: false },
): Promise<ConflictItem> {
  const [item] = await tx<ConflictItem[]>`
    select i.id, i.meeting_id as "meetingId", i.title, i.paragraph, i.version, m.body_id as "bodyId",
      m.meeting_date::text as "meetingDate", m.status as "meetingStatus",
      i.concerns_intervention_id as "concernsInterventionId", i.concerns_application_id as "concernsApplicationId"
    from board_agenda_items i join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where i.tenant_id = ${tenantId} and i.id = ${itemId}
    ${forUpdate ? tx`for update of i, m` : tx``}`;
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  return item;
}

/**
 * Locks an item for a jäv write: refused once its minutes are approved (board.minutesApproved,
 * whatever the version), CONFLICT when the editor's item version is stale.
 */
export async function lockConflictItem(
  tx: TransactionSql,
  tenantId: string,
  itemId: string,
  expectedVersion: number,
): Promise<ConflictItem> {
  const item = await conflictItem(tx, tenantId, itemId, { forUpdate: true });
  if (item.meetingStatus === 'approved') throw new DomainError('CONFLICT', 'board.minutesApproved');
  if (item.version !== expectedVersion)
    throw new DomainError('CONFLICT', 'conflict.stale', { entity: 'boardAgendaItem' });
  return item;
}

/** A jäv write moves the item's version on (the item's own edits carry it). */
export async function bumpItem(tx: TransactionSql, tenantId: string, itemId: string): Promise<number> {
  const [row] = await tx<{ version: number }[]>`
    update board_agenda_items set version = version + 1
    where tenant_id = ${tenantId} and id = ${itemId} returning version`;
  if (!row) throw new Error('item version bump returned no row');
  return row.version;
}
