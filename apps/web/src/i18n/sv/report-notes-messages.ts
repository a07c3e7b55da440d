/**
 * The errors and field messages of the period reports' notes (reportNotes.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.reportNotes.*`, `validation.reportNotes.*`). Page strings load with the
 * pages (`./report-notes-pages.ts`).
 */
export const reportNotesMessages = {
  errors: {
    reportNotes: {
      reportAdopted: 'Rapporten är fastställd. Dess noter kan inte längre ändras.',
      invalid: 'Noten sparades inte. Rätta de markerade fälten.',
    },
  },
  validation: {
    reportNotes: {
      invalidId: 'Noten eller rapporten finns inte.',
      statementLineInvalid: 'Välj vilken rad i resultat- eller balansräkningen noten specificerar.',
      labelRequired: 'Skriv radens text.',
      labelTooLong: 'Radens text får ha högst 200 tecken.',
      numberInvalid: 'Notens nummer ska vara ett heltal mellan 1 och 99.',
      numberTaken: 'Rapporten har redan en not med det numret.',
      titleRequired: 'Skriv notens rubrik.',
      titleTooLong: 'Rubriken får ha högst 200 tecken.',
      tooManyLines: 'En not får ha högst 100 rader.',
    },
  },
};
