import {
  type Budget,
  type BudgetLine,
  type BudgetLineKind,
  type BudgetSubLine,
  budgetLineKinds,
  budgetSaveInputSchema,
  type CostKind,
  costKinds,
  type FunderGroup,
  funderGroups,
} from '@samsyn/domain';
import { z } from 'zod';
import {
  type AmountUnit,
  amountTextSchema,
  amountToText,
  parseAmountText,
} from '../../components/form/amount-text.ts';
import { withCodes } from './line-codes.ts';

/** A budget line as the editor holds it: names and amounts as typed, the rest carried through. */
export interface BudgetFormLine {
  code: string;
  name: string;
  kind: BudgetLineKind;
  /** Chosen for every cost line ('' until chosen); ignored on other kinds. */
  costKind: CostKind | '';
  funderGroup: FunderGroup | '';
  group: string;
  memberId?: string | undefined;
  amounts: string[];
  ofWhich?: BudgetSubLine[] | undefined;
}

/** The form's values; under `budget`, so the API's field issues (`budget.lines.2.name`) find their field. */
export interface BudgetFormValues {
  budget: { lines: BudgetFormLine[] };
}

/** "2019" or "2019–2021". */
export const yearsLabel = (years: readonly number[]) =>
  years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);

/** A new, empty line for a budget of `yearCount` years. */
export const emptyBudgetLine = (yearCount: number): BudgetFormLine => ({
  code: '',
  name: '',
  kind: 'cost',
  // Never guessed from the name: the förbund says what the line is, or the form asks.
  costKind: '',
  funderGroup: '',
  group: '',
  amounts: Array.from({ length: yearCount }, () => ''),
});

/** A saved budget's lines as the editor shows them, amounts in the form's unit. */
export function budgetFormLinesOf(lines: readonly BudgetLine[], unit: AmountUnit): BudgetFormLine[] {
  return lines.map((line) => ({
    code: line.code,
    name: line.name,
    kind: line.kind,
    costKind: line.costKind ?? '',
    funderGroup: line.funderGroup ?? '',
    group: line.group ?? '',
    ...(line.memberId ? { memberId: line.memberId } : {}),
    amounts: line.amounts.map((amount) => amountToText(amount, unit)),
    ...(line.ofWhich ? { ofWhich: line.ofWhich } : {}),
  }));
}

/** A line as the API's budget schema takes it (plain numbers, which the schema makes öre). */
type BudgetLineInput = z.input<typeof budgetSaveInputSchema>['budget']['lines'][number];

/** One line as the domain's budget has it, from its fields already read. */
function budgetLineOf(line: Omit<BudgetFormLine, 'amounts'> & { amounts: number[] }): BudgetLineInput {
  return {
    code: line.code,
    name: line.name.trim(),
    kind: line.kind,
    ...(line.kind === 'cost' && line.costKind ? { costKind: line.costKind } : {}),
    ...(line.kind === 'contribution' && line.funderGroup ? { funderGroup: line.funderGroup } : {}),
    ...(line.group.trim() ? { group: line.group.trim() } : {}),
    ...(line.memberId ? { memberId: line.memberId } : {}),
    amounts: line.amounts,
    ...(line.ofWhich ? { ofWhich: line.ofWhich } : {}),
  };
}

/**
 * The budget editor's schema: each line's text read (a blank amount is 0), a contribution line
 * without funder flagged on its funder field, a cost line without a kind on its kind field, codes made for new lines, then the API's own budget
 * schema. Every problem lands on its row's field (`budget.lines.2.amounts.0`).
 */
export const budgetFormSchema = (unit: AmountUnit, years: readonly number[]) =>
  z
    .object({
      budget: z.object({
        lines: z.array(
          z
            .object({
              code: z.string(),
              name: z.string().refine((name) => name.trim() !== '', { error: 'budget.nameRequired' }),
              kind: z.enum(budgetLineKinds, { error: 'budget.invalidKind' }),
              costKind: z.union([z.literal(''), z.enum(costKinds)]),
              funderGroup: z.union([z.literal(''), z.enum(funderGroups)]),
              group: z.string(),
              memberId: z.string().optional(),
              amounts: z.array(amountTextSchema({ unit, empty: 'zero' })),
              ofWhich: z.custom<BudgetSubLine[]>().optional(),
            })
            .refine((line) => !(line.kind === 'contribution' && line.funderGroup === ''), {
              error: 'budget.invalidFunderGroup',
              path: ['funderGroup'],
              // Checked even when an amount on the line is wrong, so every problem shows at once.
              when: () => true,
            })
            .refine((line) => !(line.kind === 'cost' && line.costKind === ''), {
              error: 'budget.costKindRequired',
              path: ['costKind'],
              when: () => true,
            }),
        ),
      }),
    })
    .transform(({ budget }) => ({
      budget: { years: [...years], lines: withCodes(budget.lines).map(budgetLineOf) },
    }))
    .pipe(budgetSaveInputSchema.pick({ budget: true }));

/**
 * The budget as typed, for the totals that follow the editor: an amount not (yet) readable
 * counts as 0, so the totals never block typing.
 */
export function budgetAsTyped(
  lines: readonly BudgetFormLine[],
  years: readonly number[],
  unit: AmountUnit,
): Budget {
  // Amounts parsed here are whole öre, as the schema would brand them.
  return <Budget>{
    years: [...years],
    lines: withCodes(lines).map((line) =>
      budgetLineOf({
        ...line,
        amounts: years.map((_, index) => {
          const parsed = parseAmountText(line.amounts[index] ?? '', unit);
          return parsed.ok ? parsed.value : 0;
        }),
      }),
    ),
  };
}
