import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, optionalText, singleLineText } from '../text.ts';
import { followUpStatuses } from './indicator-status.ts';

/**
 * A plan is followed up per half-year or whole year, as the seeds' half-year and annual reports do
 * ('2019-H1', '2019'); months are not follow-up periods.
 */
export const followUpPeriodSchema = singleLineText({ typeError: 'period.invalid' })
  .max(7, 'period.invalid')
  .regex(/^(20\d{2}|2100)(-H[12])?$/, 'period.invalid');

/** The periods a plan can be followed up for, in order: per year its halves, then the whole year. */
export function planFollowUpPeriods(firstYear: number, lastYear: number): string[] {
  const periods: string[] = [];
  for (let year = firstYear; year <= lastYear; year += 1) periods.push(`${year}-H1`, `${year}-H2`, `${year}`);
  return periods;
}

/** The year a follow-up period ('2019-H1', '2019') falls in. */
export const followUpYear = (period: string): number => Number(period.slice(0, 4));

/** Whether the period lies within the plan's years. */
export const isPeriodInPlan = (period: string, plan: { firstYear: number; lastYear: number }): boolean =>
  followUpYear(period) >= plan.firstYear && followUpYear(period) <= plan.lastYear;

/**
 * The period the follow-up page opens on: the current half-year in Sweden when the plan covers it
 * (`currentHalfYearInSweden()`), else the plan's last year as a whole.
 */
export function defaultFollowUpPeriod(
  plan: { firstYear: number; lastYear: number },
  currentHalfYear: string,
): string {
  return isPeriodInPlan(currentHalfYear, plan) ? currentHalfYear : String(plan.lastYear);
}

const id = z.uuid({ error: 'planFollowUp.idInvalid' });
const expectedVersion = z
  .number({ error: 'conflict.versionInvalid' })
  .int()
  .nonnegative()
  .max(MAX_INT4)
  .nullable();
const comment = optionalText(multiLineText, 10000, 'planFollowUp.commentTooLong');

/**
 * An entered indicator's value as typed ("43,5", "90"): at most 12 digits before and 2 after the
 * decimal sign (numeric(14, 2)), kept as text in the stored form ('43.5') so it is never a float;
 * empty → null (nothing entered yet).
 */
export const enteredValueSchema = singleLineText({ typeError: 'planFollowUp.valueInvalid' })
  .max(20, 'planFollowUp.valueInvalid')
  .refine((text) => text === '' || /^-?\d{1,12}([.,]\d{1,2})?$/.test(text.replace(/\s/g, '')), {
    message: 'planFollowUp.valueInvalid',
  })
  .transform((text): string | null => (text === '' ? null : text.replace(/\s/g, '').replace(',', '.')))
  .nullable();

export const activityStatuses = ['notStarted', 'ongoing', 'done', 'postponed'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

/** What an editor writes about one indicator for one period. */
export const indicatorFollowUpSchema = z.object({
  enteredValue: enteredValueSchema,
  statedStatus: z.enum(followUpStatuses, { error: 'planFollowUp.statusInvalid' }).nullable(),
  comment,
});
export type PlanIndicatorFollowUpInput = z.input<typeof indicatorFollowUpSchema>;
export type PlanIndicatorFollowUp = z.output<typeof indicatorFollowUpSchema>;

export const activityFollowUpSchema = z.object({
  status: z.enum(activityStatuses, { error: 'planFollowUp.activityStatusInvalid' }),
  comment,
});
export type PlanActivityFollowUp = z.output<typeof activityFollowUpSchema>;

/** The goal's summary for the period, as the reports write it beside the goal. */
export const goalFollowUpSchema = z.object({ comment });
export type PlanGoalFollowUp = z.output<typeof goalFollowUpSchema>;

const period = followUpPeriodSchema;
export const saveIndicatorFollowUpSchema = indicatorFollowUpSchema.extend({
  indicatorId: id,
  period,
  expectedVersion,
});
export const saveActivityFollowUpSchema = activityFollowUpSchema.extend({
  activityId: id,
  period,
  expectedVersion,
});
export const saveGoalFollowUpSchema = goalFollowUpSchema.extend({ goalId: id, period, expectedVersion });
export const planFollowUpQuerySchema = z.object({ planId: id, period });
export type SaveIndicatorFollowUpInput = z.output<typeof saveIndicatorFollowUpSchema>;
export type SaveActivityFollowUpInput = z.output<typeof saveActivityFollowUpSchema>;
export type SaveGoalFollowUpInput = z.output<typeof saveGoalFollowUpSchema>;
