import {
  type BalanceLine,
  type BalanceSection,
  balanceSaveInputSchema,
  balanceSections,
  type Ore,
} from '@samsyn/domain';
import { z } from 'zod';
import { type AmountUnit, amountTextSchema, parseAmountText } from '../../components/form/amount-text.ts';
import { withCodes } from './line-codes.ts';

/** A balance line as the editor holds it: everything as typed. */
export interface BalanceFormLine {
  code: string;
  name: string;
  section: BalanceSection;
  note: string;
  amount: string;
}

const noteSchema = z.string().transform((text, ctx) => {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const note = Number(trimmed);
  if (!/^\d{1,2}$/.test(trimmed) || note < 1) {
    ctx.addIssue({ code: 'custom', message: 'balances.invalidNote' });
    return z.NEVER;
  }
  return note;
});

/**
 * The balances form: each line's text read (amount to öre, note to a number), codes made for new
 * lines, then the API's own schema. Problems sit on the line's field (`lines.2.amount`).
 */
export const balancesFormSchema = (unit: AmountUnit) =>
  z
    .object({
      lines: z.array(
        z.object({
          code: z.string(),
          name: z.string().refine((name) => name.trim() !== '', { error: 'budget.nameRequired' }),
          section: z.enum(balanceSections),
          note: noteSchema,
          amount: amountTextSchema({ unit, empty: 'zero', allowNegative: true }),
        }),
      ),
    })
    .transform(({ lines }) => ({
      lines: withCodes(lines.map((line) => ({ ...line, name: line.name.trim() }))),
    }))
    .pipe(balanceSaveInputSchema.pick({ lines: true }));

/**
 * The lines as the live balance check reads them while typing: an amount that cannot be read
 * (yet) counts as 0, so the check never blocks typing.
 */
export function balanceLinesOf(lines: readonly BalanceFormLine[], unit: AmountUnit): BalanceLine[] {
  return lines.map((line, index) => {
    const parsed = parseAmountText(line.amount, unit);
    return {
      code: line.code || `new-${index}`,
      name: line.name,
      section: line.section,
      amount: (parsed.ok ? parsed.value : 0) as Ore,
    };
  });
}
