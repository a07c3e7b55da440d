import { allocationRowSchema, allocationRowsSchema, type Ore } from '@samsyn/domain';
import { z } from 'zod';
import {
  type AmountUnit,
  amountTextSchema,
  amountToText,
  parseAmountText,
} from '../../components/form/amount-text.ts';

/** One row of the allocation editor as typed: a target (`intervention:<id>`) and an amount as text. */
export interface AllocationFormRow {
  target: string;
  amount: string;
}

/**
 * The allocation editor's schema: the domain's rows (target required, no 0, each target once,
 * exact öre), with the amounts as typed in the page's unit.
 */
export const allocationFormSchema = (unit: AmountUnit) =>
  z.object({
    rows: z
      .array(
        z.object({
          target: allocationRowSchema.shape.target,
          amount: amountTextSchema({ unit, empty: 'required', allowNegative: true }),
        }),
      )
      .pipe(allocationRowsSchema),
  });

export const allocationFormRowsOf = (
  rows: readonly { kind: string; targetId: string; amount: number }[],
  unit: AmountUnit,
): AllocationFormRow[] =>
  rows.map((row) => ({ target: `${row.kind}:${row.targetId}`, amount: amountToText(row.amount, unit) }));

/**
 * "Ej fördelat" while typing: the actual less every amount that reads as one (a half-typed
 * amount counts as nothing until it does), exact in öre.
 */
export function unallocatedWhileTyping(
  actual: number,
  rows: readonly AllocationFormRow[],
  unit: AmountUnit,
): Ore {
  let rest = actual;
  for (const row of rows) {
    const parsed = parseAmountText(row.amount, unit);
    if (parsed.ok) rest -= parsed.value;
  }
  return rest as Ore;
}
