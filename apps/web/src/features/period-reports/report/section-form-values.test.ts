import { describe, expect, it } from 'vitest';
import {
  assignFormSchema,
  sectionSettingsFormSchema,
  sectionSettingsValuesOf,
} from './section-form-values.ts';

describe('sectionSettingsFormSchema', () => {
  it('reads the level and a written source from the controls', () => {
    const values = sectionSettingsValuesOf({
      title: 'Resultaträkning',
      level: 2,
      numbered: true,
      enabled: true,
      source: 'incomeStatement',
    });
    expect(values.source).toBe('incomeStatement');
    const parsed = sectionSettingsFormSchema.safeParse({ ...values, source: '' });
    expect(parsed.success && parsed.data).toEqual({
      title: 'Resultaträkning',
      level: 2,
      numbered: true,
      enabled: true,
      source: null,
    });
  });
  it('refuses an empty title beside the title', () => {
    const parsed = sectionSettingsFormSchema.safeParse({
      title: '',
      level: '1',
      numbered: true,
      enabled: true,
      source: '',
    });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['title', 'periodReport.sectionTitleRequired'],
    ]);
  });
});

describe('assignFormSchema', () => {
  it('takes nobody and no deadline as null', () => {
    const parsed = assignFormSchema.safeParse({ assigneeUserId: '', deadline: '' });
    expect(parsed.success && parsed.data).toEqual({ assigneeUserId: null, deadline: null });
  });
  it('refuses a deadline that is not a date beside the deadline', () => {
    const parsed = assignFormSchema.safeParse({ assigneeUserId: '', deadline: '30 juni' });
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['deadline', 'reportWorkflow.deadlineInvalid'],
    ]);
  });
});
