/**
 * The errors and field messages of the plan follow-up (issue 20): eager, since any API answer or
 * form may need them; the page strings (`./plan-follow-up.ts`) load with the plan pages.
 */
export const planFollowUpMessages = {
  errors: {
    planFollowUp: {
      invalid: 'Uppföljningen sparades inte. Rätta de markerade fälten.',
    },
  },
  validation: {
    planFollowUp: {
      idInvalid: 'Uppgiften finns inte.',
      periodOutsidePlan: 'Perioden ligger utanför planens år.',
      valueInvalid: 'Skriv ett tal med högst två decimaler, till exempel 92 eller 92,5.',
      valueNotEntered: 'Indikatorn beräknas och tar inget angivet utfall.',
      statusInvalid: 'Välj en av statusarna.',
      statusNotStated: 'Indikatorn bedöms av sitt utfall och tar ingen angiven status.',
      activityStatusInvalid: 'Välj en av statusarna.',
      commentTooLong: 'Texten får ha högst 10 000 tecken.',
    },
    planRisk: {
      eventRequired: 'Beskriv händelsen.',
      eventTooLong: 'Händelsen får ha högst 2 000 tecken.',
      likelihoodInvalid: 'Välj en sannolikhet från 1 till 4.',
      consequenceInvalid: 'Välj en konsekvens från 1 till 4.',
      controlMeasuresTooLong: 'Kontrollåtgärderna får ha högst 10 000 tecken.',
      ownerTooLong: 'Ansvarig får ha högst 200 tecken.',
      reviewedOnInvalid: 'Skriv ett datum som finns, till exempel 2020-02-20.',
    },
  },
};
