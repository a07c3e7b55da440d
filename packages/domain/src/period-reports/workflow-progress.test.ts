import { describe, expect, it } from 'vitest';
import { addDays, isReminderDue, workflowProgress } from './workflow-progress.ts';

const section = (id: string, deadline: string | null, readyAt: string | null = null, enabled = true) => ({
  id,
  enabled,
  deadline,
  readyAt,
});

describe('the workflow dates', () => {
  it('moves a date across a month and a year', () => {
    expect(addDays('2019-08-28', 7)).toBe('2019-09-04');
    expect(addDays('2019-12-30', 7)).toBe('2020-01-06');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
  });

  it('reminds seven days before the deadline and after it, never a ready or switched-off section', () => {
    const today = '2019-08-09';
    expect(isReminderDue(section('a', '2019-08-16'), today)).toBe(true);
    expect(isReminderDue(section('a', '2019-08-17'), today)).toBe(false);
    expect(isReminderDue(section('a', '2019-08-01'), today)).toBe(true);
    expect(isReminderDue(section('a', null), today)).toBe(false);
    expect(isReminderDue(section('a', '2019-08-10', '2019-08-08T10:00:00Z'), today)).toBe(false);
    expect(isReminderDue(section('a', '2019-08-10', null, false), today)).toBe(false);
  });

  it('counts the enabled sections ready and names the overdue ones', () => {
    const sections = [
      section('a', '2019-08-01', '2019-07-30T10:00:00Z'),
      section('b', '2019-08-01'),
      section('c', '2019-08-20'),
      section('d', '2019-08-01', null, false),
    ];
    expect(workflowProgress(sections, '2019-08-09')).toEqual({
      ready: 1,
      total: 3,
      overdueSectionIds: ['b'],
    });
  });
});
