import { z } from 'zod';
import { oreSchema, signedOreSchema } from '../money/money-schemas.ts';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, nameText, singleLineText } from '../text.ts';
import { balanceSections } from './balance-sheet.ts';
import { budgetSchema } from './budget-schema.ts';

/**
 * Input schemas of the economy API. Messages are stable keys the web app translates
 * (`economy.*`, `budget.*`, `actuals.*`, `import.*`, `money.*`).
 */
const fiscalYearSchema = z
  .number({ error: 'economy.invalidYear' })
  .int({ error: 'economy.invalidYear' })
  .min(2000, { error: 'economy.invalidYear' })
  .max(2100, { error: 'economy.invalidYear' });

const throughMonthSchema = z
  .number({ error: 'economy.invalidMonth' })
  .int({ error: 'economy.invalidMonth' })
  .min(1, { error: 'economy.invalidMonth' })
  .max(12, { error: 'economy.invalidMonth' });

/** An ISO calendar date that exists (2019-06-30, not 2019-06-31). */
const isoDateSchema = singleLineText({ typeError: 'economy.invalidDate' }).refine(
  (text) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!match) return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().slice(0, 10) === text;
  },
  { error: 'economy.invalidDate' },
);

/** Optimistic concurrency: the version the editor saw (null: creating); a stale one gets CONFLICT. */
const versionSchema = z.number().int().min(1).max(MAX_INT4).nullable();
const uuidSchema = z.uuid({ error: 'economy.invalidId' });
const lineCodeSchema = singleLineText().min(1, { error: 'actuals.lineMissing' }).max(200);

export const yearInputSchema = z.object({ year: fiscalYearSchema });

export const budgetSaveInputSchema = z.object({ budget: budgetSchema, expectedVersion: versionSchema });
export type BudgetSaveInput = z.infer<typeof budgetSaveInputSchema>;

export const budgetCopyInputSchema = z
  .object({ fromYear: fiscalYearSchema, toYear: fiscalYearSchema })
  .refine((input) => input.fromYear !== input.toYear, { error: 'budget.copySameYear', path: ['toYear'] });

export const contributionPeriods = ['year', 'H1', 'H2'] as const;
export type ContributionPeriod = (typeof contributionPeriods)[number];
const contributionPeriodSchema = z.enum(contributionPeriods, { error: 'economy.invalidPeriod' });

export const contributionsGetInputSchema = z.object({
  year: fiscalYearSchema,
  period: contributionPeriodSchema,
});

const percentTextSchema = singleLineText()
  .max(20)
  .regex(/^\d{1,3}([.,]\d{1,6})?$/, { error: 'allocationKey.invalidPercent' });

export const contributionsSaveInputSchema = z.object({
  year: fiscalYearSchema,
  period: contributionPeriodSchema,
  basis: z.object({ kind: z.enum(['total', 'state']), amount: oreSchema }),
  key: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('population'),
      populationYear: z.number().int().min(1990).max(2100),
      populations: z
        .array(
          z.object({
            memberId: uuidSchema,
            population: z
              .number()
              .int({ error: 'allocationKey.notInteger' })
              .min(0, { error: 'allocationKey.negative' })
              .max(100_000_000),
          }),
        )
        .max(400),
    }),
    z.object({
      kind: z.literal('agreed'),
      percentages: z.array(z.object({ memberId: uuidSchema, percent: percentTextSchema })).max(400),
    }),
  ]),
  stateLines: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('combined') }),
    z.object({ kind: z.literal('separate'), fkSharePercent: percentTextSchema.optional() }),
  ]),
  overrides: z
    .array(
      z.object({
        lineId: z.union([z.literal('state'), uuidSchema]),
        amount: oreSchema,
        comment: multiLineText()
          .min(1, { error: 'financing.overrideNeedsComment' })
          .max(500, { error: 'validation.tooLong' }),
      }),
    )
    .max(400),
  expectedVersion: versionSchema,
});
export type ContributionsSaveInput = z.infer<typeof contributionsSaveInputSchema>;

export const actualSaveInputSchema = z.object({
  /** `2019-06`, `2019-H1` or `2019`. */
  period: singleLineText().min(4, { error: 'import.invalidPeriod' }).max(10),
  lineCode: lineCodeSchema,
  amount: signedOreSchema,
  note: multiLineText().max(500, { error: 'validation.tooLong' }).nullable(),
  expectedVersion: versionSchema,
});
export type ActualSaveInput = z.infer<typeof actualSaveInputSchema>;

export const actualDeleteInputSchema = z.object({
  id: uuidSchema,
  expectedVersion: z.number().int().min(1).max(MAX_INT4),
});

/** A file's cells as text, the header first; at most 10 000 data rows (MAX_IMPORT_ROWS). */
export const actualsImportInputSchema = z.object({
  rows: z
    .array(z.array(multiLineText().max(200)).max(30))
    .min(1, { error: 'import.empty' })
    .max(10_001, { error: 'import.tooManyRows' }),
  fileName: singleLineText().max(255).optional(),
});

export const balanceDateInputSchema = z.object({ date: isoDateSchema });

export const balanceSaveInputSchema = z.object({
  date: isoDateSchema,
  lines: z
    .array(
      z.object({
        code: singleLineText()
          .max(100)
          .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'budget.invalidCode' }),
        name: nameText().min(1, { error: 'budget.nameRequired' }).max(200, { error: 'budget.nameTooLong' }),
        section: z.enum(balanceSections),
        amount: signedOreSchema,
        note: z.number().int().min(1).max(99).nullable(),
      }),
    )
    .min(1, { error: 'balances.noLines' })
    .max(200),
  expectedVersion: versionSchema,
});
export type BalanceSaveInput = z.infer<typeof balanceSaveInputSchema>;

export const resultFiguresKeySchema = z.object({ year: fiscalYearSchema, throughMonth: throughMonthSchema });

export const resultFiguresSaveInputSchema = resultFiguresKeySchema.extend({
  revenue: signedOreSchema,
  costs: signedOreSchema,
  depreciation: signedOreSchema,
  financialIncome: signedOreSchema,
  financialCosts: signedOreSchema,
  extraordinaryItems: signedOreSchema,
  expectedVersion: versionSchema,
});
export type ResultFiguresSaveInput = z.infer<typeof resultFiguresSaveInputSchema>;

export const forecastSaveInputSchema = z.object({
  year: fiscalYearSchema,
  lines: z.array(z.object({ lineCode: lineCodeSchema, amount: oreSchema })).max(200),
  expectedVersion: versionSchema,
});
export type ForecastSaveInput = z.infer<typeof forecastSaveInputSchema>;

export const reportPeriodInputSchema = z.object({ year: fiscalYearSchema, throughMonth: throughMonthSchema });

export const balanceSheetReportInputSchema = z.object({
  date: isoDateSchema,
  /** The column beside it; by default the previous year end. */
  compareDate: isoDateSchema.optional(),
});
