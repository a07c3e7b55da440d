import { z } from 'zod';

/**
 * What a top-level cost line is, chosen by the förbund in the budget editor: the rules, the
 * comparisons and the national figures read this, never the line's code or name (a förbund may
 * call its intervention funds "Pengar till samverkan"). A "varav" line has its parent's kind.
 * Revenue and financial lines need none: their line kind (and funder group) already says it.
 */
export const costKinds = ['interventionFunds', 'staff', 'otherAdministration'] as const;
export type CostKind = (typeof costKinds)[number];

export const costKindSchema = z.enum(costKinds, { error: 'budget.costKindRequired' });

/** Administrative costs (Uppföljning Finsam, comparisons): everything that is not intervention funds. */
export const administrativeCostKinds: readonly CostKind[] = ['staff', 'otherAdministration'];

export const isAdministrativeCost = (kind: CostKind): boolean => administrativeCostKinds.includes(kind);

/**
 * Whether a line of this line kind carries a cost kind: exactly the top-level cost lines (the
 * database checks the same in 0015_line_kinds.sql).
 */
export const takesCostKind = (line: { kind: string; isSubLine?: boolean }): boolean =>
  line.kind === 'cost' && line.isSubLine !== true;
