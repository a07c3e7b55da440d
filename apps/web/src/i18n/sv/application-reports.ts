/**
 * Page strings of the reports and the budget's commitments (issue 22), `applicationReports.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-reports-messages.ts`.
 */
export const applicationReports = {
  ui: {},
};
