/**
 * The errors and field messages of the way to the board, the decision and Skapa insats (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationDecision.*`, `validation.applicationDecision.*`). The page strings (`./application-decision.ts`) load with the pages.
 */
export const applicationDecisionMessages = {
  errors: { applicationDecision: {} },
  validation: { applicationDecision: {} },
};
