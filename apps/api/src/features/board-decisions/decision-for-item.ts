import { DomainError } from '@samsyn/domain';
import type { TenantCtx } from '../verb-context.ts';
import { type DecisionRecord, decisionSelect } from './decision-rows.ts';

/**
 * An agenda item's decision (an item has at most one), or null before one is written, with whether
 * the item's minutes are approved (then it is read-only) and its meeting's date (a correction must
 * name a decision of an earlier meeting). Any member; NOT_FOUND for another
 * förbund's item.
 */
export async function decisionForItem(
  { tx, tenant: { id: tenantId } }: TenantCtx,
  input: { itemId: string },
): Promise<{ decision: DecisionRecord | null; isLocked: boolean; meetingDate: string }> {
  const [item] = await tx<{ status: string; meetingDate: string }[]>`
    select m.status, to_char(m.meeting_date, 'YYYY-MM-DD') as "meetingDate" from board_agenda_items i
    join board_meetings m on m.tenant_id = i.tenant_id and m.id = i.meeting_id
    where i.tenant_id = ${tenantId} and i.id = ${input.itemId}`;
  if (!item) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'boardAgendaItem' });
  const [decision] = await tx<DecisionRecord[]>`
    ${decisionSelect(tx)} where d.tenant_id = ${tenantId} and d.item_id = ${input.itemId}`;
  return { decision: decision ?? null, isLocked: item.status === 'approved', meetingDate: item.meetingDate };
}
