/**
 * The errors and field messages of board-decisions (issue 21): eager, since any API answer or form may
 * need them; the page strings (`./board-decisions.ts`) load with the board's pages.
 */
export const boardDecisionsMessages = {
  errors: {
    boardDecisions: {
      invalid: 'Beslutet sparades inte. Rätta de markerade fälten.',
    },
  },
  validation: {
    boardDecisions: {
      kindInvalid: 'Välj vilket slags beslut det är.',
      titleRequired: 'Ange beslutets rubrik.',
      titleTooLong: 'Rubriken får ha högst 500 tecken.',
      textRequired: 'Skriv beslutet.',
      textTooLong: 'Beslutstexten får ha högst 20 000 tecken.',
      correctsInvalid: 'Beslutet som rättas finns inte.',
      correctsNotApproved: 'Bara ett beslut i ett justerat protokoll kan rättas. Ändra beslutet i stället.',
      correctsNotEarlier: 'Rättelsen måste fattas vid ett senare möte än beslutet den rättar.',
      queryInvalid: 'Sökningen kan inte användas. Skriv några ord.',
      yearInvalid: 'Ange ett år mellan 1990 och 2100.',
      bodyInvalid: 'Organet finns inte.',
      limitInvalid: 'Ange hur många beslut som ska visas (1–200).',
      cursorInvalid: 'Sidan finns inte.',
      itemInvalid: 'Ärendet finns inte.',
      idInvalid: 'Beslutet finns inte.',
      meetingInvalid: 'Mötet finns inte.',
      interventionInvalid: 'Insatsen finns inte.',
    },
  },
};
