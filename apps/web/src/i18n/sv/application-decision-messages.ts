/**
 * The errors and field messages of the way to the board, the decision and Skapa insats (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationDecision.*`, `validation.applicationDecision.*`). The page strings (`./application-decision.ts`) load with the pages.
 * Short: the first download is near its budget.
 */
export const applicationDecisionMessages = {
  errors: {
    applicationDecision: {
      invalid: 'Beslutet sparades inte. Rätta de markerade fälten.',
      notDecidable: 'Ansökan kan beslutas först under beredning eller som förslag till beslut.',
      notGranted: 'En insats kan skapas först när ansökan är beviljad.',
      interventionExists: 'En insats är redan skapad från ansökan.',
      agreementSigned: 'Avtalet är undertecknat, så beslutet kan inte ändras.',
      decidedHere: 'Ärendets beslut har avgjort ansökan. Ta bort beslutet först.',
    },
  },
  validation: {
    applicationDecision: {
      outcomeInvalid: 'Välj bifall eller avslag.',
      outcomeRequired: 'Välj bifall eller avslag för ansökan.',
      outcomeOnlyGrant: 'Bara för beslut om insats och medel.',
      outcomeNeedsApplication: 'Bara när ärendet gäller en ansökan.',
      amountRequired: 'Ange beviljat belopp, mer än 0 kr.',
      amountOnlyGranted: 'Belopp anges bara vid bifall.',
      applicationInvalid: 'Ansökan finns inte.',
      meetingRequired: 'Välj ett möte.',
      titleTooLong: 'Högst 500 tecken.',
      dateInvalid: 'Ange datum som ÅÅÅÅ-MM-DD.',
      noteTooLong: 'Högst 2 000 tecken.',
    },
  },
};
