import { z } from 'zod';
import { multiLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import type { InterventionKind } from './intervention.ts';
import { periodTextSchema } from './period.ts';

/**
 * What a count goal counts. Each is computed from the reported figures of the follow-up period
 * (`goal-measures.ts`), except `entered`, for targets no figure covers ("100 companies offered
 * mentor training"): its actual is typed in at follow-up. `kind` says which interventions have the
 * figure; null means either.
 */
export const countMeasures = [
  { id: 'new_participants', kind: 'individual', label: 'Nya deltagare' },
  { id: 'participants', kind: 'individual', label: 'Deltagare under perioden (nya och pågående)' },
  { id: 'ended_participants', kind: 'individual', label: 'Avslutade deltagare' },
  { id: 'ended_to_work', kind: 'individual', label: 'Avslutade till arbete' },
  { id: 'ended_to_work_or_studies', kind: 'individual', label: 'Avslutade till arbete eller studier' },
  { id: 'meetings_held', kind: 'structural', label: 'Genomförda möten' },
  { id: 'staff_reached', kind: 'structural', label: 'Nådda medarbetare' },
  { id: 'managers_reached', kind: 'structural', label: 'Nådda chefer' },
  { id: 'persons_reached', kind: 'structural', label: 'Nådda personer (medarbetare och chefer)' },
  { id: 'entered', kind: null, label: 'Annat antal (anges vid uppföljning)' },
] as const;
export type CountMeasureId = (typeof countMeasures)[number]['id'];

/** What a share goal measures: numerator among denominator, both from the reported figures. */
export const shareMeasures = [
  { id: 'ended_to_work', kind: 'individual', label: 'Andel avslutade till arbete' },
  { id: 'ended_to_studies', kind: 'individual', label: 'Andel avslutade till studier' },
  { id: 'ended_to_work_or_studies', kind: 'individual', label: 'Andel avslutade till arbete eller studier' },
  { id: 'women_among_new', kind: 'individual', label: 'Andel kvinnor bland nya deltagare' },
  {
    id: 'women_among_participants',
    kind: 'individual',
    label: 'Andel kvinnor bland deltagare under perioden',
  },
] as const;
export type ShareMeasureId = (typeof shareMeasures)[number]['id'];

const countMeasureIds = countMeasures.map((measure) => measure.id) as [CountMeasureId, ...CountMeasureId[]];
const shareMeasureIds = shareMeasures.map((measure) => measure.id) as [ShareMeasureId, ...ShareMeasureId[]];

const description = multiLineText({ typeError: 'goal.descriptionRequired' })
  .min(1, 'goal.descriptionRequired')
  .max(2000, 'goal.descriptionTooLong');

/**
 * The period the target applies to ('2019' for "800 cases in 2019"). A follow-up of a shorter
 * period inside it (2019-H1) shows progress: a count not reached yet is "not yet met", not "missed".
 * Null: every follow-up period is judged on its own.
 */
const goalPeriod = periodTextSchema.nullable();

const countGoalSchema = z.object({
  type: z.literal('count'),
  description,
  measure: z.enum(countMeasureIds, { error: 'goal.measureUnknown' }),
  target: z
    .number({ error: 'goal.targetInvalid' })
    .int('goal.targetNotAnInteger')
    .positive('goal.targetNotPositive')
    .max(Number.MAX_SAFE_INTEGER, 'goal.targetTooLarge'),
  period: goalPeriod,
});

/**
 * Target percentages are whole percent ("40 %"); the comparison is exact on the unrounded share.
 * `at_most` serves goals like "no more than 60 % women" in gender-balance work.
 */
const shareGoalSchema = z.object({
  type: z.literal('share'),
  description,
  measure: z.enum(shareMeasureIds, { error: 'goal.measureUnknown' }),
  targetPercent: z
    .number({ error: 'goal.targetInvalid' })
    .int('goal.targetNotAnInteger')
    .min(0, 'goal.percentOutOfRange')
    .max(100, 'goal.percentOutOfRange'),
  comparison: z.enum(['at_least', 'at_most'], { error: 'goal.comparisonInvalid' }),
  period: goalPeriod,
});

/** A goal no figure measures ("Trisam team at every health centre"); followed up by an assessment. */
const qualitativeGoalSchema = z.object({
  type: z.literal('qualitative'),
  description,
});

export const goalSchema = z.discriminatedUnion(
  'type',
  [countGoalSchema, shareGoalSchema, qualitativeGoalSchema],
  {
    error: 'goal.typeInvalid',
  },
);
export type Goal = z.infer<typeof goalSchema>;
export type CountGoal = z.infer<typeof countGoalSchema>;
export type ShareGoal = z.infer<typeof shareGoalSchema>;
export type QualitativeGoal = z.infer<typeof qualitativeGoalSchema>;

const measureKind = new Map<string, InterventionKind | null>([
  ...countMeasures.map((measure) => [`count:${measure.id}`, measure.kind] as const),
  ...shareMeasures.map((measure) => [`share:${measure.id}`, measure.kind] as const),
]);

/**
 * A goal must measure something the intervention reports: meetings held for a structural one,
 * participants for an individual-level one. Problem: `goal.measureNotForKind` at ['measure'].
 */
export function goalProblemsForKind(goal: Goal, kind: InterventionKind): ValidationProblem[] {
  if (goal.type === 'qualitative') return [];
  const required = measureKind.get(`${goal.type}:${goal.measure}`);
  return required && required !== kind
    ? [{ key: 'goal.measureNotForKind', path: ['measure'], params: { measure: goal.measure, kind } }]
    : [];
}

/** How a qualitative goal (or any goal, as a comment) stands at a follow-up. */
export const qualitativeStatuses = ['met', 'partly_met', 'not_met', 'not_measured_yet'] as const;
export type QualitativeStatus = (typeof qualitativeStatuses)[number];

/** What the kansli enters at follow-up: a status for qualitative goals, the actual for `entered` counts. */
export const goalAssessmentSchema = z.object({
  status: z.enum(qualitativeStatuses, { error: 'goal.statusInvalid' }).nullable(),
  enteredActual: z
    .number({ error: 'goal.actualInvalid' })
    .int('goal.actualNotAnInteger')
    .nonnegative('goal.actualNegative')
    .nullable(),
  comment: multiLineText({ typeError: 'goal.commentInvalid' }).max(2000, 'goal.commentTooLong'),
});
export type GoalAssessment = z.infer<typeof goalAssessmentSchema>;
