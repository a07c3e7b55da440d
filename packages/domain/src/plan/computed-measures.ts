import { z } from 'zod';
import { type OutcomeId, outcomeIds } from '../interventions/figure-categories.ts';
import { type Validated, validateWith } from '../validation-problem.ts';

/**
 * The indicators Samsyn computes from the förbund's own data (never stored: computed when shown).
 * The names are those 0020's `plan_indicators.computed_measure` allows.
 */
export const computedMeasures = [
  'equityShareOfBudgetedRevenue',
  'interventionsMeetingGoalsShare',
  'participantOutcomeShare',
  'localGroupsMeetingPerTermShare',
  'catalogueEntriesPublished',
] as const;
export type ComputedMeasure = (typeof computedMeasures)[number];

export const computedMeasureSchema = z.enum(computedMeasures, { error: 'planMeasure.measureUnknown' });

const noParams = z.strictObject({}, { error: 'planMeasure.paramsInvalid' });

const participantOutcomeParams = z.strictObject(
  {
    /** The outcomes that count ("egen försörjning" = work + studies), each at most once. */
    outcomes: z
      .array(z.enum(outcomeIds as [OutcomeId, ...OutcomeId[]], { error: 'planMeasure.outcomeUnknown' }), {
        error: 'planMeasure.outcomesRequired',
      })
      .min(1, 'planMeasure.outcomesRequired')
      .max(outcomeIds.length, 'planMeasure.outcomesDuplicate')
      .refine((list) => new Set(list).size === list.length, 'planMeasure.outcomesDuplicate'),
  },
  { error: 'planMeasure.paramsInvalid' },
);

const localGroupsMeetingParams = z.strictObject(
  {
    /** "Minst två träffar per termin": 2 unless the plan says otherwise. */
    meetingsPerTerm: z
      .number({ error: 'planMeasure.meetingsPerTermInvalid' })
      .int('planMeasure.meetingsPerTermInvalid')
      .min(1, 'planMeasure.meetingsPerTermInvalid')
      .max(50, 'planMeasure.meetingsPerTermInvalid')
      .default(2),
    /** "…med samtliga parter": count a term only when every party was present. */
    requireAllPartiesPresent: z.boolean({ error: 'planMeasure.paramsInvalid' }).default(false),
  },
  { error: 'planMeasure.paramsInvalid' },
);

/**
 * Each measure: what its value is (a share of 1 shown as a percent, or a count), its params and the
 * i18n key of its name (`planMeasures.measures.<id>` in the web's catalogue).
 */
export const computedMeasureDefinitions = {
  equityShareOfBudgetedRevenue: {
    unit: 'percent',
    labelKey: 'planMeasures.measures.equityShareOfBudgetedRevenue',
    params: noParams,
  },
  interventionsMeetingGoalsShare: {
    unit: 'percent',
    labelKey: 'planMeasures.measures.interventionsMeetingGoalsShare',
    params: noParams,
  },
  participantOutcomeShare: {
    unit: 'percent',
    labelKey: 'planMeasures.measures.participantOutcomeShare',
    params: participantOutcomeParams,
  },
  localGroupsMeetingPerTermShare: {
    unit: 'percent',
    labelKey: 'planMeasures.measures.localGroupsMeetingPerTermShare',
    params: localGroupsMeetingParams,
  },
  catalogueEntriesPublished: {
    unit: 'count',
    labelKey: 'planMeasures.measures.catalogueEntriesPublished',
    params: noParams,
  },
} as const satisfies Record<
  ComputedMeasure,
  { unit: 'percent' | 'count'; labelKey: `planMeasures.measures.${ComputedMeasure}`; params: z.ZodType }
>;

export type ComputedMeasureParams = {
  [M in ComputedMeasure]: z.output<(typeof computedMeasureDefinitions)[M]['params']>;
};
export type ParticipantOutcomeParams = ComputedMeasureParams['participantOutcomeShare'];
export type LocalGroupsMeetingParams = ComputedMeasureParams['localGroupsMeetingPerTermShare'];

/** A measure's params as stored (jsonb) or typed, checked by its schema; problems at ['params', …]. */
export function parseComputedMeasureParams<M extends ComputedMeasure>(
  measure: M,
  params: unknown,
): Validated<ComputedMeasureParams[M]> {
  const schema = computedMeasureDefinitions[measure].params as unknown as z.ZodType<ComputedMeasureParams[M]>;
  const result = validateWith(schema, params ?? {});
  return result.ok
    ? result
    : {
        ok: false,
        problems: result.problems.map((problem) => ({ ...problem, path: ['params', ...problem.path] })),
      };
}

/** The params a new indicator of the measure starts with (what the editor shows first). */
export const defaultComputedMeasureParams = {
  equityShareOfBudgetedRevenue: {},
  interventionsMeetingGoalsShare: {},
  participantOutcomeShare: { outcomes: ['work', 'studies'] },
  localGroupsMeetingPerTermShare: { meetingsPerTerm: 2, requireAllPartiesPresent: false },
  catalogueEntriesPublished: {},
} as const satisfies ComputedMeasureParams;

const selectionOf = <M extends ComputedMeasure>(measure: M) =>
  z.object({
    measure: z.literal(measure),
    params: computedMeasureDefinitions[measure].params as (typeof computedMeasureDefinitions)[M]['params'],
  });

/**
 * A measure with its params, each checked by the measure's own schema: what the plan page previews
 * while an indicator is edited, refused at the door when the params do not fit the measure.
 */
export const computedMeasureSelectionSchema = z.discriminatedUnion(
  'measure',
  [
    selectionOf('equityShareOfBudgetedRevenue'),
    selectionOf('interventionsMeetingGoalsShare'),
    selectionOf('participantOutcomeShare'),
    selectionOf('localGroupsMeetingPerTermShare'),
    selectionOf('catalogueEntriesPublished'),
  ],
  { error: 'planMeasure.measureUnknown' },
);
