import {
  type ApplicationFields,
  applicationFieldsSchema,
  countMeasures,
  type Goal,
  type InitialApplicationStatus,
  initialApplicationStatuses,
} from '@samsyn/domain';
import { z } from 'zod';
import { amountToText, parseAmountText } from '../../../components/form/amount-text.ts';
import {
  type PlannedParticipantsText,
  plannedParticipantsOf,
  plannedParticipantsText,
} from '../../interventions/budget-form-values.ts';
import { type GoalText, goalFromText } from '../../interventions/goal-form-values.ts';

/**
 * What the application form's controls hold: text as typed, ids as '' for none. The field names
 * are the domain's paths (`budgetYears.0.requestedOre`), so an API answer lands on its field.
 */
export type GoalFormRow = GoalText;

export interface BudgetYearFormRow {
  year: string;
  requestedOre: string;
  ownContributionOre: string;
  plannedParticipants: PlannedParticipantsText;
}

export interface ApplicationFormValues {
  status: InitialApplicationStatus;
  title: string;
  diaryNumber: string;
  kind: ApplicationFields['kind'];
  leadMemberId: string;
  partyMemberIds: string[];
  localGroupId: string;
  contact: string;
  targetGroupIds: string[];
  targetGroupText: string;
  need: string;
  purpose: string;
  collaboration: string;
  startDate: string;
  endDate: string;
  expectedYear: string;
  expectedAmountOre: string;
  goals: GoalFormRow[];
  budgetYears: BudgetYearFormRow[];
}

export const emptyGoalRow = (): GoalFormRow => ({
  type: 'qualitative',
  description: '',
  measure: countMeasures[0].id,
  target: '',
  targetPercent: '',
  comparison: 'at_least',
  period: '',
});

export const emptyBudgetYearRow = (year: number): BudgetYearFormRow => ({
  year: String(year),
  requestedOre: '',
  ownContributionOre: '',
  plannedParticipants: { total: '', women: '', men: '', otherUnknown: '' },
});

const goalRowOf = (goal: Goal): GoalFormRow => ({
  type: goal.type,
  description: goal.description,
  measure: goal.type === 'qualitative' ? countMeasures[0].id : goal.measure,
  target: goal.type === 'count' ? String(goal.target) : '',
  targetPercent: goal.type === 'share' ? String(goal.targetPercent) : '',
  comparison: goal.type === 'share' ? goal.comparison : 'at_least',
  period: goal.type === 'qualitative' ? '' : (goal.period ?? ''),
});

/** The form for a saved application (its fields), or for a new one (blank, a draft). */
export function applicationValuesOf(
  fields: ApplicationFields | null,
  status: InitialApplicationStatus = 'draft',
): ApplicationFormValues {
  return {
    status,
    title: fields?.title ?? '',
    diaryNumber: fields?.diaryNumber ?? '',
    kind: fields?.kind ?? 'individual',
    leadMemberId: fields?.leadMemberId ?? '',
    partyMemberIds: fields?.partyMemberIds ?? [],
    localGroupId: fields?.localGroupId ?? '',
    contact: fields?.contact ?? '',
    targetGroupIds: fields?.targetGroupIds ?? [],
    targetGroupText: fields?.targetGroupText ?? '',
    need: fields?.need ?? '',
    purpose: fields?.purpose ?? '',
    collaboration: fields?.collaboration ?? '',
    startDate: fields?.startDate ?? '',
    endDate: fields?.endDate ?? '',
    expectedYear:
      fields?.expectedYear === null || fields?.expectedYear === undefined ? '' : String(fields.expectedYear),
    expectedAmountOre: amountToText(fields?.expectedAmountOre ?? null),
    goals: (fields?.goals ?? []).map(goalRowOf),
    budgetYears: (fields?.budgetYears ?? []).map((entry) => ({
      year: String(entry.year),
      requestedOre: amountToText(entry.requestedOre),
      ownContributionOre: amountToText(entry.ownContributionOre),
      plannedParticipants: plannedParticipantsText(entry.plannedParticipants),
    })),
  };
}

const numberOf = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text.trim()));
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

type Issue = { message: string; path: (string | number)[] };

/** Kronor text to öre; blank is `blank`; an unreadable amount is an issue at its field. */
function amountOf(text: string, path: (string | number)[], blank: number | null, issues: Issue[]) {
  if (text.trim() === '') return blank;
  const parsed = parseAmountText(text);
  if (parsed.ok) return Number(parsed.value);
  issues.push({ message: parsed.error, path });
  return blank ?? 0;
}

/** The fields to send, from the form; problems with typed amounts are collected in `issues`. */
export function applicationInputOf(values: ApplicationFormValues, issues: Issue[]): unknown {
  return {
    title: values.title,
    diaryNumber: values.diaryNumber,
    kind: values.kind,
    leadMemberId: orNull(values.leadMemberId),
    partyMemberIds: values.partyMemberIds,
    localGroupId: orNull(values.localGroupId),
    contact: values.contact,
    targetGroupIds: values.targetGroupIds,
    targetGroupText: values.targetGroupText,
    need: values.need,
    purpose: values.purpose,
    collaboration: values.collaboration,
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    expectedYear: values.expectedYear.trim() === '' ? null : numberOf(values.expectedYear),
    expectedAmountOre: amountOf(values.expectedAmountOre, ['expectedAmountOre'], null, issues),
    goals: values.goals.map(goalFromText),
    budgetYears: values.budgetYears.map((row, index) => ({
      year: numberOf(row.year),
      requestedOre: amountOf(row.requestedOre, ['budgetYears', index, 'requestedOre'], 0, issues),
      ownContributionOre: amountOf(
        row.ownContributionOre,
        ['budgetYears', index, 'ownContributionOre'],
        0,
        issues,
      ),
      plannedParticipants: plannedParticipantsOf(row.plannedParticipants),
    })),
  };
}

/**
 * The form's schema: amounts read as Swedish kronor into öre, then the domain's
 * `applicationFieldsSchema`; every problem on the control of the same path. The status to start
 * in goes beside the fields (only a new application has one).
 */
export const applicationFormSchema = z
  .custom<ApplicationFormValues>((value) => typeof value === 'object' && value !== null)
  .transform((values, ctx): ApplicationFields & { status: InitialApplicationStatus } => {
    const issues: Issue[] = [];
    const parsed = applicationFieldsSchema.safeParse(applicationInputOf(values, issues));
    const amountPaths = new Set(issues.map((issue) => issue.path.join('.')));
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const path = issue.path.map((part) => (typeof part === 'number' ? part : String(part)));
        // An amount that could not be read stood in as 0 or null: its one problem is the typed one.
        if (!amountPaths.has(path.join('.'))) issues.push({ message: issue.message, path });
      }
    if (!initialApplicationStatuses.includes(values.status))
      issues.push({ message: 'applications.initialStatusInvalid', path: ['status'] });
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    if (issues.length > 0 || !parsed.success) return z.NEVER;
    return { ...parsed.data, status: values.status };
  });

/** What the form hands its save: the fields as the API takes them, and the status to start in. */
export type ApplicationFormOutput = z.output<typeof applicationFormSchema>;
