/**
 * Page strings of agreements, payments and reports (issue 22), `agreements.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-agreements-messages.ts`.
 */
export const agreements = {
  ui: {},
};
