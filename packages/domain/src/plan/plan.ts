import { z } from 'zod';
import { multiLineText, nameText, optionalText, requiredText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';

/**
 * The verksamhetsplan (issue 20): a header (name, years, vision, purpose, target groups in
 * priority order, directions) and a tree area → goal → indicators and activities. The schemas here
 * are the API's inputs and the web forms' resolvers alike; each message is a stable key under
 * `plan.*` that the web app shows in Swedish beside its field. The indicator is in
 * `plan-indicator.ts`, the copy to the next period in `plan-copy.ts`.
 */

export const planStatuses = ['draft', 'adopted'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** The seeds' plans cover one to three years; five is the most a plan may span (0020's check). */
export const MAX_PLAN_YEARS = 5;

/** Typed into a text input, so coerced: '2020' and 2020 are the same year. */
export const planYearSchema = z.coerce
  .number({ error: 'plan.yearInvalid' })
  .int('plan.yearInvalid')
  .min(2000, 'plan.yearInvalid')
  .max(2100, 'plan.yearInvalid');

/** One target group or direction: a line each, at most 50 of them. */
const listEntry = (key: 'targetGroup' | 'direction') =>
  requiredText(multiLineText, 2000, `plan.${key}Required`, `plan.${key}TooLong`);

export const planTargetGroupSchema = listEntry('targetGroup');
export const planDirectionSchema = listEntry('direction');

const planSummaryFields = {
  name: requiredText(nameText, 200, 'plan.nameRequired', 'plan.nameTooLong'),
  firstYear: planYearSchema,
  lastYear: planYearSchema,
  vision: optionalText(multiLineText, 10000, 'plan.visionTooLong'),
  purpose: optionalText(multiLineText, 10000, 'plan.purposeTooLong'),
};

/**
 * The last year not before the first, and at most five years in all. Problems at `lastYear`:
 * `plan.lastYearBeforeFirst`, `plan.tooManyYears`.
 */
export function planYearProblems(years: { firstYear: number; lastYear: number }): ValidationProblem[] {
  if (years.lastYear < years.firstYear) return [{ key: 'plan.lastYearBeforeFirst', path: ['lastYear'] }];
  if (years.lastYear - years.firstYear + 1 > MAX_PLAN_YEARS)
    return [{ key: 'plan.tooManyYears', path: ['lastYear'], params: { max: MAX_PLAN_YEARS } }];
  return [];
}

const checkYears = (years: { firstYear: number; lastYear: number }, ctx: z.RefinementCtx) => {
  for (const problem of planYearProblems(years))
    ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
};

/** The header's text fields and years, as the plan page's "Ändra" form edits them. */
export const planSummarySchema = z.object(planSummaryFields).superRefine(checkYears);
export type PlanSummary = z.output<typeof planSummarySchema>;

/** The whole header: what `plans.create` and `plans.update` take. */
export const planHeaderSchema = z
  .object({
    ...planSummaryFields,
    // In priority order, as Insjöriket's board ranks its target groups.
    targetGroups: z.array(planTargetGroupSchema).max(50, 'plan.targetGroupsTooMany'),
    directions: z.array(planDirectionSchema).max(50, 'plan.directionsTooMany'),
  })
  .superRefine(checkYears);
export type PlanHeader = z.output<typeof planHeaderSchema>;

/** One entry typed into the "add a target group / direction" form. */
export const planTargetGroupEntrySchema = z.object({ text: planTargetGroupSchema });
export const planDirectionEntrySchema = z.object({ text: planDirectionSchema });

/** A title and its text, as an area and a goal have: the title required on one line, the text free. */
const titledText = (keys: { titleRequired: string; titleTooLong: string; descriptionTooLong: string }) => ({
  title: requiredText(singleLineText, 500, keys.titleRequired, keys.titleTooLong),
  description: optionalText(multiLineText, 10000, keys.descriptionTooLong),
});

/** A goal area ("Målområde", "Inriktningsmål"): an optional grouping of goals. */
export const planAreaSchema = z.object(
  titledText({
    titleRequired: 'plan.area.titleRequired',
    titleTooLong: 'plan.area.titleTooLong',
    descriptionTooLong: 'plan.area.descriptionTooLong',
  }),
);
export type PlanArea = z.output<typeof planAreaSchema>;

/** A goal ("5.1 Våra insatser leder till …"), under an area or directly under the plan (null). */
export const planGoalSchema = z.object({
  areaId: z.uuid({ error: 'plan.goal.areaInvalid' }).nullable(),
  code: optionalText(singleLineText, 20, 'plan.goal.codeTooLong'),
  ...titledText({
    titleRequired: 'plan.goal.titleRequired',
    titleTooLong: 'plan.goal.titleTooLong',
    descriptionTooLong: 'plan.goal.descriptionTooLong',
  }),
});
export type PlanGoal = z.output<typeof planGoalSchema>;

/**
 * The year's activity under a goal ("Arbeta med information enligt beslutad kommunikationsplan").
 * `year` null: every year of the plan; a year must lie within the plan (checked against it by
 * `activityYearProblems`, which needs the plan).
 */
export const planActivitySchema = z.object({
  text: requiredText(multiLineText, 2000, 'plan.activity.textRequired', 'plan.activity.textTooLong'),
  responsible: optionalText(singleLineText, 200, 'plan.activity.responsibleTooLong'),
  year: z.preprocess(
    (value) => (value === '' || value === undefined ? null : value),
    planYearSchema.nullable(),
  ),
});
export type PlanActivity = z.output<typeof planActivitySchema>;

/** `plan.activity.yearOutsidePlan` at ['year'] when the activity's year is not one of the plan's. */
export function activityYearProblems(
  activity: { year: number | null },
  plan: { firstYear: number; lastYear: number },
): ValidationProblem[] {
  if (activity.year === null) return [];
  return activity.year < plan.firstYear || activity.year > plan.lastYear
    ? [
        {
          key: 'plan.activity.yearOutsidePlan',
          path: ['year'],
          params: { firstYear: plan.firstYear, lastYear: plan.lastYear },
        },
      ]
    : [];
}

/** The interventions a goal is served by: the whole set, replacing the old one. */
export const planGoalLinksSchema = z.object({
  interventionIds: z
    .array(z.uuid({ error: 'plan.links.interventionNotFound' }))
    .max(200, 'plan.links.tooMany'),
});

/**
 * Adopting a plan: the board's date, and (issue 21) the decision that adopted it, a decision of this
 * förbund's register; with a decision and no date, the decision's meeting date is the adoption date.
 */
export const adoptPlanSchema = z.object({
  adoptedOn: z.iso.date({ error: 'plan.adoptedOnInvalid' }).nullable().default(null),
  adoptedDecisionId: z.uuid({ error: 'plan.adoptedDecisionInvalid' }).nullable().default(null),
});
export type AdoptPlanInput = z.output<typeof adoptPlanSchema>;

/** A plan's years as the list and the heading show them: "2020–2022", or "2019" for one year. */
export function planYearsText(plan: { firstYear: number; lastYear: number }): string {
  return plan.firstYear === plan.lastYear ? String(plan.firstYear) : `${plan.firstYear}–${plan.lastYear}`;
}

/** Moves the entry at `index` one step up (-1) or down (+1); out of range leaves the list as it was. */
export function moveEntry<T>(list: readonly T[], index: number, step: -1 | 1): T[] {
  const target = index + step;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const moved = [...list];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}
