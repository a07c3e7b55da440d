import { describe, expect, it } from 'vitest';
import {
  createReportInputSchema,
  saveSectionTextInputSchema,
  updateReportInputSchema,
} from './report-inputs.ts';

const messagesOf = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('the inputs of periodReports.*', () => {
  it('takes a half-year report with an empty title and deadline as "not given"', () => {
    const parsed = createReportInputSchema.parse({
      kind: 'halfYear',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      title: '',
      deadline: '',
    });
    expect(parsed).toEqual({
      kind: 'halfYear',
      periodStart: '2019-01-01',
      periodEnd: '2019-06-30',
      deadline: null,
    });
  });

  it('refuses a period that ends before it starts, or runs five years or more, at its end', () => {
    const base = { kind: 'plan', periodStart: '2020-01-01' };
    expect(messagesOf(createReportInputSchema.safeParse({ ...base, periodEnd: '2019-12-31' }))).toEqual({
      periodEnd: 'periodReport.periodEndBeforeStart',
    });
    expect(createReportInputSchema.safeParse({ ...base, periodEnd: '2024-12-31' }).success).toBe(true);
    expect(messagesOf(createReportInputSchema.safeParse({ ...base, periodEnd: '2025-01-01' }))).toEqual({
      periodEnd: 'periodReport.periodTooLong',
    });
  });

  it('refuses dates that are not in the calendar and titles out of bounds, each at its field', () => {
    const result = updateReportInputSchema.safeParse({
      reportId: '00000000-0000-4000-8000-000000000000',
      expectedVersion: 1,
      title: 'x'.repeat(201),
      periodStart: '2019-02-30',
      periodEnd: '2019-6-30',
      deadline: '31/8',
      planId: null,
    });
    expect(messagesOf(result)).toEqual({
      title: 'periodReport.titleTooLong',
      periodStart: 'periodReport.periodStartInvalid',
      periodEnd: 'periodReport.periodEndInvalid',
      deadline: 'periodReport.deadlineInvalid',
    });
  });

  it('refuses a written text with a NUL in it', () => {
    const result = saveSectionTextInputSchema.safeParse({
      sectionId: '00000000-0000-4000-8000-000000000000',
      expectedVersion: 1,
      body: [{ type: 'paragraph', runs: [{ text: 'Före\u0000efter' }] }],
    });
    expect(messagesOf(result)).toEqual({ 'body.0.runs.0.text': 'text.controlCharacter' });
  });
});
