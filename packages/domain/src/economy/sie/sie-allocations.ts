import { type Ore, ZERO_ORE } from '../../money/ore.ts';
import { addOre } from '../../money/ore-math.ts';
import type { SieFile } from './sie-file.ts';

/** The part of a line's month that the books put on one intervention. */
export interface SieAllocation {
  lineKey: string;
  month: number;
  interventionId: string;
  amount: Ore;
}

/**
 * Splits intervention-funds actuals by the objects their transactions carry: a transaction on an
 * account that goes to an intervention-funds line, with an object that is an intervention, counts
 * for that intervention. A transaction with two such objects (a cost centre and a project both
 * mapped) counts once, for the first in its object list, so a split never exceeds the actual.
 * `lineOf` says which intervention-funds line an account goes to (null: none).
 */
export function sieAllocations(
  file: SieFile,
  lineOf: (account: string) => string | null,
  interventionOf: (dimension: number, objectId: string) => string | null,
): SieAllocation[] {
  const sums = new Map<string, SieAllocation>();
  for (const voucher of file.vouchers) {
    const month = Number(voucher.date.slice(5, 7));
    for (const trans of voucher.transactions) {
      const lineKey = lineOf(trans.account);
      if (lineKey === null) continue;
      const interventionId = trans.objects
        .map((ref) => interventionOf(ref.dimension, ref.id))
        .find((id): id is string => id !== null);
      if (!interventionId) continue;
      const key = `${lineKey}|${month}|${interventionId}`;
      const entry = sums.get(key) ?? { lineKey, month, interventionId, amount: ZERO_ORE };
      entry.amount = addOre(entry.amount, trans.amount);
      sums.set(key, entry);
    }
  }
  return [...sums.values()].filter((entry) => entry.amount !== 0);
}
