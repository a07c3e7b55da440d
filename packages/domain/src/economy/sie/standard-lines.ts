import type { BudgetLineKind } from '../budget.ts';
import type { FunderGroup } from '../financing-split.ts';
import type { CostKind } from '../line-kind.ts';
import type { SuggestedLine } from './bas-accounts.ts';

export interface StandardLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  funderGroup: FunderGroup | null;
  costKind: CostKind | null;
}

/**
 * The lines a förbund without a chart gets when it imports its books: one per kind the BAS
 * suggestion can give, named as förbund usually name them. Codes are stable: the import refers to
 * them before they exist.
 */
export const standardLines = [
  {
    code: 'bidrag-staten',
    name: 'Bidrag från staten',
    kind: 'contribution',
    funderGroup: 'state',
    costKind: null,
  },
  {
    code: 'bidrag-regionen',
    name: 'Bidrag från regionen',
    kind: 'contribution',
    funderGroup: 'region',
    costKind: null,
  },
  {
    code: 'bidrag-kommunerna',
    name: 'Bidrag från kommunerna',
    kind: 'contribution',
    funderGroup: 'municipalities',
    costKind: null,
  },
  {
    code: 'ovriga-intakter',
    name: 'Övriga intäkter',
    kind: 'otherIncome',
    funderGroup: null,
    costKind: null,
  },
  {
    code: 'insatsmedel',
    name: 'Insatsmedel',
    kind: 'cost',
    funderGroup: null,
    costKind: 'interventionFunds',
  },
  { code: 'personal', name: 'Personal', kind: 'cost', funderGroup: null, costKind: 'staff' },
  {
    code: 'ovriga-kostnader',
    name: 'Övriga kostnader',
    kind: 'cost',
    funderGroup: null,
    costKind: 'otherAdministration',
  },
  {
    code: 'finansiella-intakter',
    name: 'Finansiella intäkter',
    kind: 'financialIncome',
    funderGroup: null,
    costKind: null,
  },
  {
    code: 'finansiella-kostnader',
    name: 'Finansiella kostnader',
    kind: 'financialCost',
    funderGroup: null,
    costKind: null,
  },
] as const satisfies readonly StandardLine[];

export type StandardLineCode = (typeof standardLines)[number]['code'];
export const standardLineCodes = standardLines.map((line) => line.code) as [
  StandardLineCode,
  ...StandardLineCode[],
];

export const standardLineOf = (code: string): StandardLine | undefined =>
  standardLines.find((line) => line.code === code);

/** Whether a line (of the chart, or standard) is of the suggested kind. */
export function fitsSuggestion(
  line: { kind: BudgetLineKind; funderGroup: FunderGroup | null; costKind: CostKind | null },
  suggestion: SuggestedLine,
): boolean {
  if (suggestion.kind === 'ignore' || line.kind !== suggestion.kind) return false;
  if (suggestion.kind === 'contribution') return line.funderGroup === suggestion.funderGroup;
  if (suggestion.kind === 'cost') return line.costKind === suggestion.costKind;
  return true;
}
