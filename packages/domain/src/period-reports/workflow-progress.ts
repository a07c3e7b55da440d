/**
 * The workflow's dates and counts (issue 23), shared by the API (reminders) and the pages (the
 * progress bar, overdue marks). Dates are ISO text ('YYYY-MM-DD'), compared as text; today is the
 * caller's `todayInSweden()`.
 */

/** How many days before its deadline a section's assignee is reminded. */
export const REMINDER_DAYS_BEFORE = 7;

export interface WorkflowSection {
  id: string;
  enabled: boolean;
  deadline: string | null;
  readyAt: string | null;
}

/** `date` moved by `days` (negative: back), as ISO text. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** A section not ready whose deadline is past. */
export const isOverdue = (section: WorkflowSection, today: string): boolean =>
  section.readyAt === null && section.deadline !== null && section.deadline < today;

/** A section not ready whose deadline is at most REMINDER_DAYS_BEFORE days away, or past. */
export const isReminderDue = (section: WorkflowSection, today: string): boolean =>
  section.enabled &&
  section.readyAt === null &&
  section.deadline !== null &&
  section.deadline <= addDays(today, REMINDER_DAYS_BEFORE);

/** Ready of the enabled sections, and which enabled ones are overdue. */
export function workflowProgress(sections: readonly WorkflowSection[], today: string) {
  const enabled = sections.filter((section) => section.enabled);
  return {
    ready: enabled.filter((section) => section.readyAt !== null).length,
    total: enabled.length,
    overdueSectionIds: enabled.filter((section) => isOverdue(section, today)).map((section) => section.id),
  };
}
