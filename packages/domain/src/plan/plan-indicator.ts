import { z } from 'zod';
import { multiLineText, requiredText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import {
  type ComputedMeasure,
  computedMeasureDefinitions,
  computedMeasures,
  parseComputedMeasureParams,
} from './computed-measures.ts';
import { nnsIndicatorOf } from './nns-indicators.ts';

/**
 * An indicator: how a goal is measured, from one of three sources (0020's plan_indicators):
 * - `computed` from Samsyn's own data by a named measure, never stored;
 * - `nns`: an NNS survey indicator (fixed wording, picked by its code);
 * - `entered`: a value or judgement entered at follow-up, with a comment.
 * Its comparison says what "met" means: at least / at most the target, better than last year, at
 * least the national figure (NNS only), or judged (no figure: the follow-up states the status).
 */

export const indicatorSources = ['computed', 'nns', 'entered'] as const;
export type IndicatorSource = (typeof indicatorSources)[number];
export const indicatorComparisons = [
  'atLeast',
  'atMost',
  'betterThanLastYear',
  'atLeastNational',
  'judged',
] as const;
export type IndicatorComparison = (typeof indicatorComparisons)[number];
export const indicatorUnits = ['percent', 'count', 'score', 'none'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

const measureIds = computedMeasures as unknown as [ComputedMeasure, ...ComputedMeasure[]];

/**
 * A target as typed: digits with at most two decimals, a comma or a point ("20", "20,5",
 * "1 000"), at most 12 digits before the point (numeric(14, 2)). Kept as exact decimal text
 * ("20.5") so the follow-up judges it without floating point. Empty: no target.
 */
const targetValueSchema = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value ?? null;
    const compact = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
    return compact === '' ? null : compact;
  },
  z
    .string({ error: 'plan.indicator.targetInvalid' })
    .regex(/^\d{1,12}(\.\d{1,2})?$/, 'plan.indicator.targetInvalid')
    .transform((text) => text.replace(/^0+(?=\d)/, ''))
    .nullable(),
);

/** A select's "none chosen" ('') is null. */
const emptyAsNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === undefined ? null : value), schema.nullable());

const indicatorFields = z.object({
  text: requiredText(multiLineText, 2000, 'plan.indicator.textRequired', 'plan.indicator.textTooLong'),
  source: z.enum(indicatorSources, { error: 'plan.indicator.sourceInvalid' }),
  computedMeasure: emptyAsNull(z.enum(measureIds, { error: 'plan.indicator.measureRequired' })),
  // Parameter names are identifiers (outcomes, meetingsPerTerm); the measure's schema checks the rest.
  computedParams: z
    .record(z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,49}$/, 'planMeasure.paramsInvalid'), z.unknown(), {
      error: 'planMeasure.paramsInvalid',
    })
    .default({}),
  nnsIndicatorCode: emptyAsNull(
    requiredText(singleLineText, 20, 'plan.indicator.nnsCodeRequired', 'plan.indicator.nnsCodeRequired'),
  ),
  comparison: z.enum(indicatorComparisons, { error: 'plan.indicator.comparisonInvalid' }),
  unit: z.enum(indicatorUnits, { error: 'plan.indicator.unitInvalid' }),
  targetValue: targetValueSchema,
});
type IndicatorFields = z.output<typeof indicatorFields>;

/** The measure's params as its schema makes them (defaults filled in); only called once checked. */
function parsedParams(measure: ComputedMeasure, params: unknown): Record<string, unknown> {
  const result = parseComputedMeasureParams(measure, params);
  return result.ok ? (result.value as Record<string, unknown>) : {};
}

const needsTarget = (comparison: IndicatorComparison) => comparison === 'atLeast' || comparison === 'atMost';

/**
 * The rules between an indicator's fields, as 0020 checks them, each beside the field to change:
 * a computed one names its measure (with valid parameters) and has that measure's unit; an NNS
 * one its code; "at least the national figure" only for NNS; a target exactly for at least / at
 * most, and a percent at most 100; judged exactly when there is no unit.
 */
export function indicatorProblems(indicator: IndicatorFields): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const add = (key: string, path: (string | number)[]) => problems.push({ key, path });
  if (indicator.source === 'computed') {
    if (indicator.computedMeasure === null) add('plan.indicator.measureRequired', ['computedMeasure']);
    else {
      const params = parseComputedMeasureParams(indicator.computedMeasure, indicator.computedParams);
      // The measures module names problems at ['params', …]; here the field is computedParams.
      if (!params.ok)
        for (const problem of params.problems) add(problem.key, ['computedParams', ...problem.path.slice(1)]);
      if (indicator.comparison === 'judged') add('plan.indicator.judgedNotForComputed', ['comparison']);
      else if (computedMeasureDefinitions[indicator.computedMeasure].unit !== indicator.unit)
        add('plan.indicator.unitNotForMeasure', ['unit']);
    }
  }
  if (indicator.source === 'nns') {
    const reference =
      indicator.nnsIndicatorCode === null ? undefined : nnsIndicatorOf(indicator.nnsIndicatorCode);
    if (indicator.nnsIndicatorCode === null) add('plan.indicator.nnsCodeRequired', ['nnsIndicatorCode']);
    else if (!reference) add('plan.indicator.nnsCodeUnknown', ['nnsIndicatorCode']);
    // NNS results are mean scores on the survey's scale: the target is a score too.
    else if (indicator.comparison !== 'judged' && indicator.unit !== reference.unit)
      add('plan.indicator.unitNotForNns', ['unit']);
  }
  if (indicator.comparison === 'atLeastNational' && indicator.source !== 'nns')
    add('plan.indicator.nationalOnlyForNns', ['comparison']);
  if (needsTarget(indicator.comparison) && indicator.targetValue === null)
    add('plan.indicator.targetRequired', ['targetValue']);
  if (
    needsTarget(indicator.comparison) &&
    indicator.unit === 'percent' &&
    indicator.targetValue !== null &&
    Number(indicator.targetValue) > 100
  )
    add('plan.indicator.percentOutOfRange', ['targetValue']);
  if (indicator.comparison === 'judged' && indicator.unit !== 'none')
    add('plan.indicator.judgedHasNoUnit', ['unit']);
  if (indicator.comparison !== 'judged' && indicator.unit === 'none')
    add('plan.indicator.unitRequired', ['unit']);
  return problems;
}

/**
 * An indicator as `plans.saveIndicator` takes it and the editor's form checks it. What does not
 * belong to the chosen source and comparison (a measure on an NNS indicator, a target on a judged
 * one: left in the form's hidden fields) is dropped, so what is stored passes 0020's checks.
 */
export const planIndicatorSchema = indicatorFields
  .superRefine((indicator, ctx) => {
    for (const problem of indicatorProblems(indicator))
      ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
  })
  .transform((indicator) => {
    const measure = indicator.source === 'computed' ? indicator.computedMeasure : null;
    return {
      text: indicator.text,
      source: indicator.source,
      computedMeasure: measure,
      computedParams: measure === null ? {} : parsedParams(measure, indicator.computedParams),
      nnsIndicatorCode: indicator.source === 'nns' ? indicator.nnsIndicatorCode : null,
      comparison: indicator.comparison,
      unit: indicator.unit,
      targetValue: needsTarget(indicator.comparison) ? indicator.targetValue : null,
    };
  });
export type PlanIndicator = z.output<typeof planIndicatorSchema>;
