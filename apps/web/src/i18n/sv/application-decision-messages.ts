/**
 * The errors and field messages of the way to the board, the decision and Skapa insats (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationDecision.*`, `validation.applicationDecision.*`). The page strings (`./application-decision.ts`) load with the pages.
 */
export const applicationDecisionMessages = {
  errors: {
    applicationDecision: {
      invalid: 'Beslutet sparades inte. Rätta de markerade fälten.',
      notDecidable:
        'Ansökan kan inte beslutas nu: den ska vara under granskning eller föreslagen, och inte redan avgjord.',
      notGranted: 'En insats kan bara skapas från en beviljad ansökan.',
      interventionExists: 'En insats är redan skapad från ansökan.',
      agreementSigned: 'Avtalet om bidraget är redan undertecknat, så beslutet kan inte ändras här.',
    },
  },
  validation: {
    applicationDecision: {
      outcomeInvalid: 'Välj bifall eller avslag.',
      outcomeRequired: 'Välj bifall eller avslag för ansökan.',
      outcomeOnlyGrant: 'Bifall eller avslag anges bara för beslut av slaget Insats och medel.',
      outcomeNeedsApplication: 'Bifall eller avslag anges bara när ärendet gäller en ansökan.',
      amountRequired: 'Ange beviljat belopp, mer än 0 kr.',
      amountOnlyGranted: 'Belopp anges bara vid bifall.',
      applicationInvalid: 'Ansökan finns inte.',
      meetingRequired: 'Välj ett möte.',
      titleTooLong: 'Rubriken får ha högst 500 tecken.',
      dateInvalid: 'Ange datum som ÅÅÅÅ-MM-DD.',
      noteTooLong: 'Anteckningen får ha högst 2 000 tecken.',
    },
  },
};
