/**
 * The errors and field messages of board-organisation (issue 21): eager, since any API answer or form may
 * need them; the page strings (`./board-organisation.ts`) load with the board's pages.
 */
export const boardOrganisationMessages = {
  errors: {
    boardOrganisation: {
      invalid: 'Uppgifterna sparades inte. Rätta de markerade fälten.',
      bodyHasMeetings: 'Organet har möten och kan inte tas bort. Mötena är förbundets protokoll.',
      personHasSeats:
        'Personen har eller har haft en plats och kan inte tas bort. Ta bort eller avsluta platserna först.',
      seatHasAttendance:
        'Platsen finns med i ett mötes närvaro, jäv eller justering och kan inte tas bort. Avsluta den i stället.',
    },
  },
  validation: {
    boardOrganisation: {
      personalNumber: 'Skriv inte personnummer.',
      bodyKindInvalid: 'Välj typ av organ.',
      bodyNameRequired: 'Ange organets namn.',
      bodyNameTooLong: 'Namnet får ha högst 200 tecken.',
      bodyNameTaken: 'Förbundet har redan ett organ med det namnet.',
      descriptionTooLong: 'Beskrivningen får ha högst 10 000 tecken.',
      quorumRuleInvalid: 'Välj regel för beslutsförhet.',
      quorumCountInvalid: 'Ange ett heltal mellan 1 och 100.',
      quorumCountRequired: 'Ange hur många ledamöter som krävs.',
      meetingFeeTooLarge: 'Arvodet får vara högst 100 000 000 kr.',
      feeLineCodeInvalid: 'Koden får bara ha små bokstäver, siffror och bindestreck.',
      personNameRequired: 'Ange personens namn.',
      personNameTooLong: 'Namnet får ha högst 200 tecken.',
      emailInvalid: 'Skriv en giltig e-postadress, t.ex. namn@kommun.se.',
      partyTooLong: 'Partiet får ha högst 50 tecken.',
      userInvalid: 'Välj en användare i listan.',
      userNotInTeam: 'Användaren finns inte i förbundets team.',
      bodyRequired: 'Välj organ.',
      personRequired: 'Välj en person.',
      roleInvalid: 'Välj roll.',
      titleTooLong: 'Titeln får ha högst 200 tecken.',
      representsInvalid: 'Välj en medlem i förbundet, en grupp eller ingen.',
      ruleRepresentsRequired: 'Välj en medlem eller en grupp av medlemmar.',
      substituteOrderInvalid: 'Ange ett heltal mellan 1 och 100.',
      substituteOrderOnlyForSubstitutes: 'Bara ersättare har inkallelseordning.',
      fromDateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
      toDateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.',
      toBeforeFrom: 'Slutdatumet får inte vara före startdatumet.',
      noteTooLong: 'Anteckningen får ha högst 2 000 tecken.',
      seatCountInvalid: 'Ange ett heltal mellan 0 och 50.',
      validFromInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
      validToInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt.',
      sourceTooLong: 'Källan får ha högst 200 tecken.',
      idInvalid: 'Uppgiften finns inte.',
      dateInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    },
  },
};
