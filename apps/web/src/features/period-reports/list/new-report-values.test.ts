import { describe, expect, it } from 'vitest';
import { followDefaults, newReportDefaults, newReportFormSchema } from './new-report-values.ts';

const today = '2026-12-05';

describe('newReportDefaults', () => {
  it("starts a half-year report on this year's first half with its title", () => {
    expect(newReportDefaults('halfYear', today)).toEqual({
      kind: 'halfYear',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      title: 'Halvårsredovisning 2026',
      deadline: '',
      planId: '',
    });
  });
});

describe('followDefaults', () => {
  it('moves a default period and title to the chosen kind', () => {
    const before = newReportDefaults('halfYear', today);
    expect(followDefaults(before, { ...before, kind: 'plan' }, today)).toMatchObject({
      periodStart: '2027-01-01',
      periodEnd: '2029-12-31',
      title: 'Verksamhetsplan och budget 2027–2029',
    });
  });
  it('keeps what the user typed and retitles a default title after a new period', () => {
    const before = newReportDefaults('halfYear', today);
    const typedPeriod = { ...before, periodStart: '2031-01-01', periodEnd: '2031-06-30' };
    expect(followDefaults(before, typedPeriod, today).title).toBe('Halvårsredovisning 2031');
    const typedTitle = { ...typedPeriod, title: 'Vår egen titel' };
    const changedKind = followDefaults(typedTitle, { ...typedTitle, kind: 'interim' }, today);
    expect(changedKind).toMatchObject({ periodStart: '2031-01-01', title: 'Vår egen titel' });
  });
});

describe('newReportFormSchema', () => {
  it('hands the API its input, without a plan for other kinds and no deadline as null', () => {
    const parsed = newReportFormSchema.safeParse({ ...newReportDefaults('halfYear', today), planId: 'x' });
    expect(parsed.success && parsed.data).toEqual({
      kind: 'halfYear',
      title: 'Halvårsredovisning 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      deadline: null,
    });
  });
  it("puts the domain's problems on their fields", () => {
    const parsed = newReportFormSchema.safeParse({
      ...newReportDefaults('halfYear', today),
      periodEnd: '2025-12-31',
      deadline: '31/12',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['deadline', 'periodReport.deadlineInvalid'],
      ['periodEnd', 'periodReport.periodEndBeforeStart'],
    ]);
  });
});
