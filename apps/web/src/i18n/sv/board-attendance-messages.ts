/**
 * The errors and field messages of board-attendance (issue 21): eager, since any API answer or form may
 * need them; the page strings (`./board-attendance.ts`) load with the board's pages.
 */
export const boardAttendanceMessages = {
  errors: {
    boardAttendance: {
      invalid: 'Uppgifterna sparades inte. Rätta de markerade fälten.',
    },
  },
  validation: {
    boardAttendance: {
      meetingInvalid: 'Mötet finns inte.',
      itemInvalid: 'Ärendet finns inte.',
      seatInvalid: 'Platsen finns inte.',
      statusInvalid: 'Välj närvarande, frånvarande eller tjänstgör.',
      servingForInvalid: 'Välj vems plats ersättaren tjänstgör på.',
      servingForRequired: 'Välj vems plats ersättaren tjänstgör på.',
      feeTooLarge: 'Arvodet får vara högst 100 000 000 kr.',
      tooManyRows: 'Ett möte kan ha högst 200 närvarorader.',
      seatNotOnBody: 'Platsen hör inte till organet på mötets datum.',
      seatTwice: 'Platsen finns två gånger i närvarolistan.',
      servingOnlySubstitute: 'Bara en ersättare kan tjänstgöra för en ledamot.',
      servingForNotOrdinary: 'En ersättare kan bara tjänstgöra på en ordinarie ledamots plats i organet.',
      servingForNotAbsent: 'Ledamoten ersättaren tjänstgör för måste vara markerad som frånvarande.',
      servingForTaken: 'En annan ersättare tjänstgör redan på den platsen.',
      conflictSeatRequired: 'Välj vem som anmäler jäv.',
      conflictSeatNotOnBody: 'Personen har ingen plats i organet på mötets datum.',
      conflictAlreadyDeclared: 'Personen har redan anmält jäv i ärendet.',
      conflictReasonRequired: 'Skriv skälet till jävet.',
      conflictReasonTooLong: 'Skälet får ha högst 2 000 tecken.',
      periodInvalid: 'Välj en period, till exempel 2019-H1.',
    },
  },
};
