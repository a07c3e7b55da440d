import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { requiredText, singleLineText } from '../text.ts';
import type { ValidationProblem } from '../validation-problem.ts';
import { writtenBlocksSchema } from './blocks.ts';
import { reportKinds, reportSources } from './report-enums.ts';

/**
 * Input schemas of `periodReports.*` (issue 23): the API's edge and the web forms' resolvers alike.
 * Every message is a stable key under `validation.periodReport.*` that the web app shows in Swedish
 * beside its field.
 */

/** A period may span at most five years (a verksamhetsplan covers three; migration 0026's bound). */
export const MAX_REPORT_YEARS = 5;

const id = (key: string) => z.uuid({ error: key });
const reportId = id('periodReport.idInvalid');
const sectionId = id('periodReport.sectionInvalid');
const expectedVersion = z
  .number({ error: 'periodReport.versionInvalid' })
  .int({ error: 'periodReport.versionInvalid' })
  .min(0, { error: 'periodReport.versionInvalid' })
  .max(MAX_INT4, { error: 'periodReport.versionInvalid' });

/** 'YYYY-MM-DD' that exists in the calendar (2019-06-30, not 2019-06-31). */
function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const dateSchema = (key: string) => singleLineText({ typeError: key }).refine(isCalendarDate, { error: key });

/** A deadline typed into a form that may be left empty: '' and null are both "no deadline". */
const optionalDate = (key: string) =>
  z.union([z.literal('').transform(() => null), dateSchema(key), z.null()], { error: key });

const titleSchema = requiredText(
  singleLineText,
  200,
  'periodReport.titleRequired',
  'periodReport.titleTooLong',
);

/** The day after `date` moved `years` on ('2020-01-01' + 5 → '2025-01-01'); Feb 29 rolls to Mar 1. */
function yearsLater(date: string, years: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCFullYear(moved.getUTCFullYear() + years);
  return moved.toISOString().slice(0, 10);
}

/**
 * The period's end not before its start, and less than five years after it (2020-01-01 –
 * 2024-12-31 is the longest). Problems at `periodEnd`.
 */
export function reportPeriodProblems(period: {
  periodStart: string;
  periodEnd: string;
}): ValidationProblem[] {
  if (!isCalendarDate(period.periodStart) || !isCalendarDate(period.periodEnd)) return [];
  if (period.periodEnd < period.periodStart)
    return [{ key: 'periodReport.periodEndBeforeStart', path: ['periodEnd'] }];
  if (period.periodEnd >= yearsLater(period.periodStart, MAX_REPORT_YEARS))
    return [{ key: 'periodReport.periodTooLong', path: ['periodEnd'], params: { max: MAX_REPORT_YEARS } }];
  return [];
}

const checkPeriod = (period: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx) => {
  for (const problem of reportPeriodProblems(period))
    ctx.addIssue({ code: 'custom', message: problem.key, path: [...problem.path] });
};

const periodFields = {
  periodStart: dateSchema('periodReport.periodStartInvalid'),
  periodEnd: dateSchema('periodReport.periodEndInvalid'),
  deadline: optionalDate('periodReport.deadlineInvalid'),
  planId: id('periodReport.planInvalid').nullable(),
};

export const reportKindSchema = z.enum(reportKinds, { error: 'periodReport.kindInvalid' });

export const listReportsInputSchema = z.object({ kind: reportKindSchema.optional() });
export const reportIdInputSchema = z.object({ reportId });
export const reportEditInputSchema = z.object({ reportId, expectedVersion });

/**
 * A new report: its kind and period; the title defaults to "Halvårsredovisning 2019" when left
 * out or empty, the plan to the one in force in the period's first year.
 */
export const createReportInputSchema = z
  .object({
    kind: reportKindSchema,
    ...periodFields,
    title: z.union([z.literal('').transform(() => undefined), titleSchema]).optional(),
    deadline: periodFields.deadline.optional(),
    planId: periodFields.planId.optional(),
  })
  .superRefine(checkPeriod);
export type CreateReportInput = z.output<typeof createReportInputSchema>;

/** The report's own facts, as its "Ändra" form edits them. */
export const reportDetailsSchema = z.object({ title: titleSchema, ...periodFields }).superRefine(checkPeriod);
export type ReportDetails = z.output<typeof reportDetailsSchema>;

export const updateReportInputSchema = z
  .object({ reportId, expectedVersion, title: titleSchema, ...periodFields })
  .superRefine(checkPeriod);
export type UpdateReportInput = z.output<typeof updateReportInputSchema>;

const levelSchema = z.union([z.literal(1), z.literal(2)], { error: 'periodReport.levelInvalid' });
const sectionTitleSchema = requiredText(
  singleLineText,
  200,
  'periodReport.sectionTitleRequired',
  'periodReport.sectionTitleTooLong',
);

/** An own section after another (null: first), written by hand. */
export const addSectionInputSchema = z.object({
  reportId,
  afterSectionId: id('periodReport.sectionInvalid').nullable(),
  level: levelSchema,
  title: sectionTitleSchema,
});
export type AddSectionInput = z.output<typeof addSectionInputSchema>;

/** A section's place in the structure; `source` null means "write it instead". */
export const sectionSettingsSchema = z.object({
  title: sectionTitleSchema,
  level: levelSchema,
  numbered: z.boolean({ error: 'periodReport.flagInvalid' }),
  enabled: z.boolean({ error: 'periodReport.flagInvalid' }),
  source: z.enum(reportSources, { error: 'periodReport.sourceInvalid' }).nullable(),
});
export type SectionSettings = z.output<typeof sectionSettingsSchema>;

export const updateSectionInputSchema = sectionSettingsSchema.extend({ sectionId, expectedVersion });
export type UpdateSectionInput = z.output<typeof updateSectionInputSchema>;

export const moveSectionInputSchema = z.object({
  sectionId,
  expectedVersion,
  direction: z.enum(['up', 'down'], { error: 'periodReport.directionInvalid' }),
});
export type MoveSectionInput = z.output<typeof moveSectionInputSchema>;

export const sectionIdInputSchema = z.object({ sectionId });
export const sectionEditInputSchema = z.object({ sectionId, expectedVersion });

/** The section's written text as a whole (headings, paragraphs, lists, tables). */
export const saveSectionTextInputSchema = z.object({ sectionId, expectedVersion, body: writtenBlocksSchema });
export type SaveSectionTextInput = z.output<typeof saveSectionTextInputSchema>;

export const restoreSectionTextInputSchema = z.object({
  sectionId,
  expectedVersion,
  textVersion: z
    .number({ error: 'periodReport.textVersionInvalid' })
    .int({ error: 'periodReport.textVersionInvalid' })
    .min(1, { error: 'periodReport.textVersionInvalid' })
    .max(MAX_INT4, { error: 'periodReport.textVersionInvalid' }),
});
export type RestoreSectionTextInput = z.output<typeof restoreSectionTextInputSchema>;
