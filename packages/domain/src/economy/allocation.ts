import { z } from 'zod';
import { signedOreSchema } from '../money/money-schemas.ts';
import type { Ore } from '../money/ore.ts';
import { MAX_INT4 } from '../stored-integer.ts';
import type { CostKind } from './line-kind.ts';

/**
 * Issue 19: an actual on an intervention-funds line split across the interventions and local groups
 * it paid for. The split should add up to the actual; a partial split may be saved, and what is
 * left is shown as "Ej fördelat" until it does. Amounts are exact öre, signed like the actual.
 * Error messages are stable keys (`allocation.exceedsActual`) the web app turns into Swedish.
 */

export const allocationTargetKinds = ['intervention', 'localGroup'] as const;
export type AllocationTargetKind = (typeof allocationTargetKinds)[number];

export interface AllocationTarget {
  kind: AllocationTargetKind;
  id: string;
}

const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const targetPattern = new RegExp(`^(intervention|localGroup):(${uuidPattern})$`, 'i');

/**
 * A target travels as one text, `intervention:<id>` or `localGroup:<id>`: what one select in the
 * editor holds, and what the import's "Insats" column resolves to.
 */
export const formatAllocationTarget = (target: AllocationTarget) => `${target.kind}:${target.id}`;

export function parseAllocationTarget(text: string): AllocationTarget | null {
  const match = targetPattern.exec(text);
  if (!match?.[1] || !match[2]) return null;
  return { kind: match[1] as AllocationTargetKind, id: match[2].toLowerCase() };
}

export const allocationRowSchema = z.object({
  target: z
    .string({ error: 'allocation.targetMissing' })
    .refine((text) => parseAllocationTarget(text) !== null, {
      error: 'allocation.targetMissing',
    }),
  amount: signedOreSchema.refine((amount) => amount !== 0, { error: 'allocation.zeroAmount' }),
});
export type AllocationRow = z.output<typeof allocationRowSchema>;

/** At most this many rows in one split (a förbund has tens of interventions, not hundreds). */
export const MAX_ALLOCATION_ROWS = 200;

/** The rows of one split: each target once. */
export const allocationRowsSchema = z
  .array(allocationRowSchema)
  .max(MAX_ALLOCATION_ROWS, { error: 'allocation.tooManyRows' })
  .superRefine((rows, ctx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const key = row.target.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [index, 'target'], message: 'allocation.duplicateTarget' });
      seen.add(key);
    });
  });

/**
 * Replaces the whole split of one actual. `expectedVersion` is the allocation set's version the
 * editor loaded (0 before the first split); a stale one is refused.
 */
export const allocationSaveInputSchema = z.object({
  actualId: z.uuid({ error: 'economy.invalidId' }),
  expectedVersion: z.number().int().min(0).max(MAX_INT4),
  rows: allocationRowsSchema,
});
export type AllocationSaveInput = z.infer<typeof allocationSaveInputSchema>;

/** Only intervention funds are spent on interventions and local groups. */
export const canAllocateLine = (line: { kind: string; costKind: CostKind | null; parentId: string | null }) =>
  line.kind === 'cost' && line.parentId === null && line.costKind === 'interventionFunds';

/** What is left of the actual after the split: "Ej fördelat" (0 when the split adds up). */
export const unallocatedOf = (actual: Ore, rows: readonly { amount: Ore }[]): Ore =>
  (actual - rows.reduce((sum, row) => sum + row.amount, 0)) as Ore;

export type AllocationProblem = 'allocation.exceedsActual' | 'allocation.wrongSign';

/**
 * Whether a split may be saved against its actual: every amount on the actual's side of zero
 * (a cost is split into costs, a correction into corrections) and together no more than the actual.
 * Less is allowed; the difference is shown, not hidden.
 */
export function checkAllocationSplit(
  actual: Ore,
  rows: readonly { amount: Ore }[],
): AllocationProblem | null {
  const sign = Math.sign(actual);
  if (rows.some((row) => Math.sign(row.amount) !== sign)) return 'allocation.wrongSign';
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  if (Math.abs(total) > Math.abs(actual)) return 'allocation.exceedsActual';
  return null;
}

/** One actual's split (the editor's data). */
export const allocationActualInputSchema = z.object({ actualId: z.uuid({ error: 'economy.invalidId' }) });
