/**
 * Page strings of the reports list, a new report and a report's overview (workflow, adoption, downloads) (issue 23); load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager (`./*-messages.ts`).
 */
export const periodReportsPages = {
  ui: {},
};
