/** The menu's name of the plan area: eager, while the plan's page strings load with its pages. */
export const planTitle = 'Verksamhetsplan';

/**
 * The verksamhetsplan's errors and field messages (issue 20; `errors.plan.*`, `validation.plan.*`):
 * eager, since any answer or form may need them. The page strings (`./plan.ts`) load with the pages.
 */
export const planMessages = {
  errors: {
    plan: {
      invalid: 'Planen sparades inte. Rätta de markerade fälten.',
      adopted: 'Planen är fastställd och kan inte ändras. En administratör kan öppna den igen för ändringar.',
      adoptedCannotBeDeleted: 'En fastställd plan kan inte tas bort.',
      alreadyAdopted: 'Planen är redan fastställd.',
      notAdopted: 'Planen är inte fastställd.',
    },
  },
  validation: {
    plan: {
      nameRequired: 'Ange planens namn.',
      nameTooLong: 'Namnet får ha högst 200 tecken.',
      yearInvalid: 'Ange ett år mellan 2000 och 2100.',
      lastYearBeforeFirst: 'Sista året får inte vara före första året.',
      tooManyYears: 'En plan får omfatta högst fem år.',
      visionTooLong: 'Visionen får ha högst 10 000 tecken.',
      purposeTooLong: 'Syftet får ha högst 10 000 tecken.',
      targetGroupRequired: 'Skriv målgruppen.',
      targetGroupTooLong: 'Målgruppen får ha högst 2 000 tecken.',
      targetGroupsTooMany: 'En plan får ha högst 50 målgrupper.',
      directionRequired: 'Skriv inriktningen.',
      directionTooLong: 'Inriktningen får ha högst 2 000 tecken.',
      directionsTooMany: 'En plan får ha högst 50 inriktningar.',
      adoptedOnInvalid: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
      adoptedDecisionInvalid: 'Beslutet är inte giltigt.',
      copyBeyond2100: 'Nästa period skulle sluta efter år 2100.',
      activitiesOutsideYears:
        'Planen har aktiviteter för år utanför de nya åren. Ändra eller ta bort dem först.',
      idInvalid: 'Planen eller delen av den finns inte.',
      kindInvalid: 'Okänd del av planen.',
      stepInvalid: 'Flytta ett steg upp eller ned.',
      area: {
        titleRequired: 'Ange målområdets rubrik.',
        titleTooLong: 'Rubriken får ha högst 500 tecken.',
        descriptionTooLong: 'Beskrivningen får ha högst 10 000 tecken.',
        notInPlan: 'Målområdet finns inte i planen.',
      },
      goal: {
        areaInvalid: 'Välj ett målområde i planen.',
        codeTooLong: 'Numreringen får ha högst 20 tecken.',
        titleRequired: 'Ange målet.',
        titleTooLong: 'Målet får ha högst 500 tecken.',
        descriptionTooLong: 'Beskrivningen får ha högst 10 000 tecken.',
      },
      indicator: {
        textRequired: 'Ange indikatorns text.',
        textTooLong: 'Texten får ha högst 2 000 tecken.',
        sourceInvalid: 'Välj hur indikatorn mäts.',
        measureRequired: 'Välj vad som beräknas.',
        nnsCodeRequired: 'Välj NNS-indikator.',
        nnsCodeUnknown: 'NNS-indikatorn finns inte.',
        unitNotForNns: 'NNS-enkätens resultat är medelvärden på skalan 1–10. Välj enheten ”Poäng”.',
        comparisonInvalid: 'Välj jämförelse.',
        unitInvalid: 'Välj enhet.',
        targetInvalid: 'Skriv målvärdet som ett tal med högst två decimaler, till exempel 20 eller 12,5.',
        targetRequired: 'Ange målvärdet för jämförelsen ”minst” eller ”högst”.',
        percentOutOfRange: 'En andel kan vara högst 100 %.',
        nationalOnlyForNns: 'Jämförelse med riket finns bara för NNS-indikatorer.',
        judgedHasNoUnit: 'En bedömd indikator har ingen enhet. Välj ”Ingen”.',
        unitRequired: 'Välj en enhet, eller jämförelsen ”Bedöms”.',
        unitNotForMeasure: 'Enheten passar inte det som beräknas.',
        judgedNotForComputed:
          'En beräknad indikator jämförs med ett mål eller föregående år, den bedöms inte.',
      },
      activity: {
        textRequired: 'Beskriv aktiviteten.',
        textTooLong: 'Texten får ha högst 2 000 tecken.',
        responsibleTooLong: 'Ansvarig får ha högst 200 tecken.',
        yearOutsidePlan: 'Året ska ligga inom planens år, {{firstYear}}–{{lastYear}}.',
      },
      links: {
        interventionNotFound: 'Insatsen finns inte.',
        tooMany: 'Välj högst 200 insatser.',
      },
    },
  },
};
