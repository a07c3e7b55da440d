import { type ConflictSuggestion, suggestConflicts } from '@samsyn/domain';
import { readSeatsOn, type SeatOnDate } from '../board-organisation/read-seats-on.ts';
import type { TenantCtx } from '../verb-context.ts';
import { concernedParties, type DeclaredConflict, declaredConflicts } from './attendance-records.ts';
import { conflictItem } from './item-records.ts';

export interface ItemConflictsDetail {
  item: { id: string; meetingId: string; title: string; paragraph: number | null; version: number };
  /** The minutes are approved: no declaring or withdrawing any more. */
  locked: boolean;
  /** What the item concerns, when it has parties (an intervention or an application). */
  concerns: { kind: 'intervention' | 'application'; id: string; name: string } | null;
  declared: DeclaredConflict[];
  /** Samsyn's suggestions, for seats that have not declared jäv on the item. */
  suggestions: (ConflictSuggestion & { personName: string; party: string; role: string })[];
  /** The body's seats on the meeting's date: who may declare. */
  seats: SeatOnDate[];
}

/**
 * An agenda item's jäv: declared, and suggested where a seat's member organisation (or its group)
 * leads or is a party of the intervention or the application the item concerns. Viewers.
 */
export async function getConflicts(
  ctx: TenantCtx,
  { itemId }: { itemId: string },
): Promise<ItemConflictsDetail> {
  const { tx, tenant } = ctx;
  const item = await conflictItem(tx, tenant.id, itemId);
  const [seats, declared, concerned] = await Promise.all([
    readSeatsOn(ctx, { date: item.meetingDate, bodyId: item.bodyId }),
    declaredConflicts(tx, tenant.id, [itemId]),
    concernedParties(tx, tenant.id, item.concernsInterventionId, item.concernsApplicationId),
  ]);
  const declaredSeats = new Set(declared.map((conflict) => conflict.seatId));
  const seatOf = new Map(seats.map((seat) => [seat.seatId, seat]));
  const suggestions = concerned
    ? suggestConflicts(
        seats.filter((seat) => !declaredSeats.has(seat.seatId)),
        concerned,
      ).map((suggestion) => {
        const seat = seatOf.get(suggestion.seatId);
        return {
          ...suggestion,
          personName: seat?.personName ?? '',
          party: seat?.party ?? '',
          role: seat?.role ?? '',
        };
      })
    : [];
  return {
    item: {
      id: item.id,
      meetingId: item.meetingId,
      title: item.title,
      paragraph: item.paragraph,
      version: item.version,
    },
    locked: item.meetingStatus === 'approved',
    concerns:
      concerned && item.concernsInterventionId
        ? { kind: 'intervention', id: item.concernsInterventionId, name: concerned.name }
        : concerned && item.concernsApplicationId
          ? { kind: 'application', id: item.concernsApplicationId, name: concerned.name }
          : null,
    declared,
    suggestions,
    seats,
  };
}
