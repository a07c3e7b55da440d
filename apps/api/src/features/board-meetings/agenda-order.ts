import type { TransactionSql } from '@samsyn/db';

/** The meeting's agenda as item ids in their order (by position, the id breaking a tie). */
export async function readAgendaOrder(
  tx: TransactionSql,
  tenantId: string,
  meetingId: string,
): Promise<string[]> {
  const rows = await tx<{ id: string }[]>`
    select id from board_agenda_items where tenant_id = ${tenantId} and meeting_id = ${meetingId}
    order by position, id`;
  return rows.map((row) => row.id);
}

/** Numbers the agenda 0, 1, 2 … in the order given (after an item moved or left it). */
export async function writeAgendaOrder(
  tx: TransactionSql,
  tenantId: string,
  itemIds: readonly string[],
): Promise<void> {
  for (const [position, id] of itemIds.entries())
    await tx`update board_agenda_items set position = ${position} where tenant_id = ${tenantId} and id = ${id}`;
}
