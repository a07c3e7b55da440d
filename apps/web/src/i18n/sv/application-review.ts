/**
 * Page strings of the formal check, the reviews and the yttrande (issue 22), `applicationReview.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-review-messages.ts`.
 */
export const applicationReview = {
  ui: {},
};
