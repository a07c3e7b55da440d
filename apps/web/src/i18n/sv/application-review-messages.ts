/**
 * The errors and field messages of the formal check, the reviews and the yttrande (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationReview.*`, `validation.applicationReview.*`). The page strings (`./application-review.ts`) load with the pages.
 */
export const applicationReviewMessages = {
  errors: {
    applicationReview: {
      alreadyDeclared: 'Du har redan lämnat en jävsdeklaration för ansökan.',
      conflictCannotRecommend: 'Du har anmält jäv och kan inte lämna rekommendation.',
      criterionScored:
        'Kriteriet har poäng i granskningar och kan inte tas bort. Gör det inaktivt i stället.',
      invalid: 'Uppgifterna sparades inte. Rätta de markerade fälten.',
      notSubmitted: 'Granskningen är inte inlämnad.',
      pointAnswered:
        'Punkten är besvarad i en formell granskning och kan inte tas bort. Gör den inaktiv i stället.',
      statusNotOpen: 'Ansökan är inte i ett steg där detta går att göra.',
      submitted: 'Granskningen är inlämnad. Öppna den igen för att ändra.',
    },
  },
  validation: {
    applicationReview: {
      idInvalid: 'Raden finns inte.',
      stepInvalid: 'Flytta ett steg upp eller ner.',
      pointTextRequired: 'Skriv punktens text.',
      pointTextTooLong: 'Punkten får ha högst 500 tecken.',
      activeInvalid: 'Ange om det är aktivt.',
      criterionNameRequired: 'Skriv kriteriets namn.',
      criterionNameTooLong: 'Namnet får ha högst 200 tecken.',
      descriptionTooLong: 'Beskrivningen får ha högst 2 000 tecken.',
      maxScoreInvalid: 'Välj högsta poäng mellan 1 och 10.',
      pointInvalid: 'Punkten finns inte i checklistan.',
      answerInvalid: 'Välj Ja eller Nej.',
      answerRequired: 'Välj Ja eller Nej för punkten, eller ta bort kommentaren.',
      commentTooLong: 'Kommentaren får ha högst 2 000 tecken.',
      answersInvalid: 'Svaren kunde inte läsas.',
      pointTwice: 'En punkt finns två gånger.',
      hasConflictInvalid: 'Välj om du har jäv eller inte.',
      conflictReasonRequired: 'Skriv skälet till jävet.',
      conflictReasonTooLong: 'Skälet får ha högst 2 000 tecken.',
      criterionInvalid: 'Kriteriet finns inte eller är inaktivt.',
      scoreInvalid: 'Poängen ska vara ett heltal från 0.',
      scoreAboveMax: 'Poängen är högre än kriteriets högsta poäng.',
      opinionTooLong: 'Yttrandet får ha högst 20 000 tecken.',
      recommendationInvalid: 'Välj Bevilja, Avslå eller Begär komplettering.',
      recommendationRequired: 'Välj en rekommendation innan du lämnar in.',
      amountTooLarge: 'Beloppet får vara högst 1 000 000 000 kr.',
      scoresInvalid: 'Poängen kunde inte läsas.',
      criterionTwice: 'Ett kriterium finns två gånger.',
    },
  },
};
