import { type ContributionsSaveInput, contributionsSaveInputSchema } from '@samsyn/domain';
import { z } from 'zod';
import { type AmountUnit, amountToText, parseAmountText } from '../../components/form/amount-text.ts';

/** The contributions form as typed: one key value per municipality, one override row per line. */
export interface ContributionsFormValues {
  basisKind: 'total' | 'state';
  basisAmount: string;
  keyKind: 'population' | 'agreed';
  populationYear: string;
  keyValues: { memberId: string; value: string }[];
  overrides: { lineId: string; amount: string; comment: string }[];
}

type Plan = {
  basis: { kind: 'total' | 'state'; amount: number };
  key: ContributionsSaveInput['key'];
  overrides: readonly { lineId: string; amount: number; comment: string }[];
} | null;

/** The form's starting values: the saved plan, or the usual choices for a new one. */
export function contributionsFormValuesOf(
  plan: Plan,
  municipalityIds: readonly string[],
  lineIds: readonly string[],
  defaultPopulationYear: number,
  unit: AmountUnit,
): ContributionsFormValues {
  const key = plan?.key;
  return {
    basisKind: plan?.basis.kind ?? 'state',
    basisAmount: amountToText(plan?.basis.amount ?? null, unit),
    keyKind: key?.kind ?? 'population',
    populationYear: String(key?.kind === 'population' ? key.populationYear : defaultPopulationYear),
    keyValues: municipalityIds.map((memberId) => ({
      memberId,
      value:
        key?.kind === 'population'
          ? String(key.populations.find((row) => row.memberId === memberId)?.population ?? '')
          : key?.kind === 'agreed'
            ? (key.percentages.find((row) => row.memberId === memberId)?.percent.replace('.', ',') ?? '')
            : '',
    })),
    overrides: lineIds.map((lineId) => {
      const saved = plan?.overrides.find((row) => row.lineId === lineId);
      return { lineId, amount: amountToText(saved?.amount ?? null, unit), comment: saved?.comment ?? '' };
    }),
  };
}

const percentSchema =
  contributionsSaveInputSchema.shape.key.options[1].shape.percentages.element.shape.percent;

/**
 * The contributions form's schema: every typed field read with its problem on its own field
 * (`keyValues.2.value`, `overrides.0.comment`), then the API's own schema for what remains.
 */
export const contributionsFormSchema = (unit: AmountUnit) =>
  z
    .object({
      basisKind: z.enum(['total', 'state']),
      basisAmount: z.string(),
      keyKind: z.enum(['population', 'agreed']),
      populationYear: z.string(),
      keyValues: z.array(z.object({ memberId: z.string(), value: z.string() })),
      overrides: z.array(z.object({ lineId: z.string(), amount: z.string(), comment: z.string() })),
    })
    .transform((values, ctx) => {
      const problem = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', message, path });
      const basis = parseAmountText(values.basisAmount, unit);
      if (!basis.ok) problem(['basisAmount'], basis.error);
      else if (basis.value < 0) problem(['basisAmount'], 'money.negative');
      const populationYear = Number(values.populationYear.trim());
      if (
        values.keyKind === 'population' &&
        !(Number.isInteger(populationYear) && populationYear >= 1990 && populationYear <= 2100)
      )
        problem(['populationYear'], 'allocationKey.invalidPopulationYear');
      const populations = values.keyValues.map((row, index) => {
        const text = row.value.replace(/[\s\u00a0\u202f]/g, '');
        if (values.keyKind === 'population' && !/^\d{1,9}$/.test(text))
          problem(
            ['keyValues', index, 'value'],
            text === '' ? 'allocationKey.missingValue' : 'allocationKey.notInteger',
          );
        if (values.keyKind === 'agreed' && !percentSchema.safeParse(row.value.trim()).success)
          problem(['keyValues', index, 'value'], 'allocationKey.invalidPercent');
        return { memberId: row.memberId, population: Number(text), percent: row.value.trim() };
      });
      const overrides = values.overrides.flatMap((row, index) => {
        if (row.amount.trim() === '') return [];
        const amount = parseAmountText(row.amount, unit);
        if (!amount.ok) problem(['overrides', index, 'amount'], amount.error);
        else if (amount.value < 0) problem(['overrides', index, 'amount'], 'money.negative');
        if (row.comment.trim() === '')
          problem(['overrides', index, 'comment'], 'financing.overrideNeedsComment');
        return [{ lineId: row.lineId, amount: amount.ok ? amount.value : 0, comment: row.comment.trim() }];
      });
      return {
        basis: { kind: values.basisKind, amount: basis.ok ? basis.value : 0 },
        key:
          values.keyKind === 'population'
            ? {
                kind: 'population' as const,
                populationYear,
                populations: populations.map(({ memberId, population }) => ({ memberId, population })),
              }
            : {
                kind: 'agreed' as const,
                percentages: populations.map(({ memberId, percent }) => ({ memberId, percent })),
              },
        overrides,
      };
    })
    .pipe(contributionsSaveInputSchema.pick({ basis: true, key: true, overrides: true }));
