import {
  countMeasures,
  type Goal,
  type GoalAssessment,
  goalAssessmentSchema,
  goalProblemsForKind,
  goalSchema,
  type InterventionKind,
  type QualitativeStatus,
} from '@samsyn/domain';
import { z } from 'zod';

/** What the goal form's controls hold; each goal type reads the fields it has. */
export interface GoalFormValues {
  type: Goal['type'];
  description: string;
  countMeasure: string;
  shareMeasure: string;
  target: string;
  targetPercent: string;
  comparison: 'at_least' | 'at_most';
  period: string;
}

/** The form for a goal, or a new count goal on the first measure the intervention's kind reports. */
export function goalValuesOf(goal: Goal | null, kind: InterventionKind): GoalFormValues {
  const firstCount = countMeasures.find((measure) => measure.kind === kind)?.id ?? 'entered';
  return {
    type: goal?.type ?? 'count',
    description: goal?.description ?? '',
    countMeasure: goal?.type === 'count' ? goal.measure : firstCount,
    shareMeasure: goal?.type === 'share' ? goal.measure : 'ended_to_work_or_studies',
    target: goal?.type === 'count' ? String(goal.target) : '',
    targetPercent: goal?.type === 'share' ? String(goal.targetPercent) : '',
    comparison: goal?.type === 'share' ? goal.comparison : 'at_least',
    period: goal && goal.type !== 'qualitative' ? (goal.period ?? '') : '',
  };
}

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));

/** A goal as typed, with the one measure its type has (an application's goal rows hold it so). */
export interface GoalText {
  type: Goal['type'];
  description: string;
  measure: string;
  target: string;
  targetPercent: string;
  comparison: 'at_least' | 'at_most';
  period: string;
}

/** The goal to send, from what was typed (unvalidated): the fields its type has, a blank period none. */
export function goalFromText(text: GoalText): unknown {
  if (text.type === 'qualitative') return { type: 'qualitative', description: text.description };
  const period = text.period.trim() || null;
  if (text.type === 'count')
    return {
      type: 'count',
      description: text.description,
      measure: text.measure,
      target: numberOf(text.target),
      period,
    };
  return {
    type: 'share',
    description: text.description,
    measure: text.measure,
    targetPercent: numberOf(text.targetPercent),
    comparison: text.comparison,
    period,
  };
}

/** The goal to send, from the form (unvalidated): the count or the share measure, as the type says. */
export const goalInputOf = (values: GoalFormValues): unknown =>
  goalFromText({ ...values, measure: values.type === 'share' ? values.shareMeasure : values.countMeasure });

/** The domain's goal path → the form's field ('measure' is the count or share measure's select). */
export const goalFieldOf = (type: Goal['type'], path: string): string =>
  path === 'measure' ? (type === 'share' ? 'shareMeasure' : 'countMeasure') : path;

/**
 * The goal form's schema: the domain's `goalSchema` and its rule that the measure fits the
 * intervention's kind, each problem on the control it belongs to.
 */
export function goalFormSchema(kind: InterventionKind) {
  return z
    .custom<GoalFormValues>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): Goal => {
      const parsed = goalSchema.safeParse(goalInputOf(values));
      const problems = parsed.success
        ? goalProblemsForKind(parsed.data, kind).map((problem) => ({
            message: problem.key,
            path: problem.path.map(String),
          }))
        : parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.map(String) }));
      for (const problem of problems)
        ctx.addIssue({
          code: 'custom',
          message: problem.message,
          path: [goalFieldOf(values.type, problem.path[0] ?? 'description')],
        });
      return problems.length > 0 || !parsed.success ? z.NEVER : parsed.data;
    });
}

/** What the assessment form's controls hold. */
export interface AssessFormValues {
  status: QualitativeStatus;
  enteredActual: string;
  comment: string;
}

/**
 * The assessment's schema: a qualitative goal is judged by its status, an `entered` count goal by
 * the actual typed in (blank: not known yet); both by the domain's `goalAssessmentSchema`.
 */
export function assessFormSchema(isQualitative: boolean) {
  return z
    .custom<AssessFormValues>((value) => typeof value === 'object' && value !== null)
    .transform((values, ctx): GoalAssessment => {
      const parsed = goalAssessmentSchema.safeParse({
        status: isQualitative ? values.status : null,
        enteredActual:
          isQualitative || values.enteredActual.trim() === '' ? null : numberOf(values.enteredActual),
        comment: values.comment,
      });
      if (parsed.success) return parsed.data;
      for (const issue of parsed.error.issues)
        ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
      return z.NEVER;
    });
}
