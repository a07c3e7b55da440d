/**
 * Page strings of the way to the board, the decision and Skapa insats (issue 22), `applicationDecision.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-decision-messages.ts`.
 */
export const applicationDecision = {
  ui: {},
};
