import { createReportInputSchema, defaultPeriod, defaultReportTitle, type ReportKind } from '@samsyn/domain';
import { domainFormSchema } from './domain-form-schema.ts';

/** What the new report form's controls hold: dates as typed, '' for no deadline or the default plan. */
export interface NewReportValues {
  kind: ReportKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  planId: string;
}

/** A new report of `kind` as the form first shows it: the likely period and its default title. */
export function newReportDefaults(kind: ReportKind, today: string): NewReportValues {
  const period = defaultPeriod(kind, today);
  return { kind, ...period, title: defaultReportTitle(kind, period), deadline: '', planId: '' };
}

/**
 * The form after a change by the user: what still holds a default follows it. Choosing another
 * kind moves a period that was the old kind's default to the new kind's, and a title that was the
 * default for the old kind and period becomes the new one's; what the user typed stays.
 */
export function followDefaults(
  previous: NewReportValues,
  next: NewReportValues,
  today: string,
): NewReportValues {
  let followed = next;
  if (next.kind !== previous.kind) {
    const old = defaultPeriod(previous.kind, today);
    if (next.periodStart === old.periodStart && next.periodEnd === old.periodEnd)
      followed = { ...followed, ...defaultPeriod(next.kind, today) };
  }
  if (next.title === defaultReportTitle(previous.kind, previous))
    followed = { ...followed, title: defaultReportTitle(followed.kind, followed) };
  return followed;
}

/**
 * The form's schema: the domain's `createReportInputSchema` over the controls. The plan is asked
 * only of a verksamhetsplan; '' leaves the choice to the API (the plan of the period's first year).
 */
export const newReportFormSchema = domainFormSchema(createReportInputSchema, (values: NewReportValues) => ({
  kind: values.kind,
  title: values.title,
  periodStart: values.periodStart,
  periodEnd: values.periodEnd,
  deadline: values.deadline,
  ...(values.kind === 'plan' && values.planId !== '' ? { planId: values.planId } : {}),
}));
