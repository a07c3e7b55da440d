/**
 * Swedish strings of the plan's computed indicators (issue 20): each measure's name, its params'
 * labels, why a value is not measured, and what it was computed from. `ui` is the `planMeasures.*`
 * namespace (the domain's `computedMeasureDefinitions[…].labelKey` point into it); `validation`
 * joins the shared namespace under `planMeasure`.
 */
export const planMeasures = {
  ui: {
    measures: {
      equityShareOfBudgetedRevenue: 'Eget kapital vid årets slut som andel av budgeterade intäkter',
      interventionsMeetingGoalsShare: 'Andel insatser som uppnår sina mål',
      participantOutcomeShare: 'Andel avslutade deltagare med valt utfall (alla individinsatser)',
      localGroupsMeetingPerTermShare:
        'Andel lokala samverkansgrupper som träffas tillräckligt ofta varje termin',
      catalogueEntriesPublished: 'Antal insatser publicerade i insatskatalogen',
    },
    descriptions: {
      equityShareOfBudgetedRevenue:
        'Eget kapital enligt bokslutet när året är avslutat, annars enligt prognosen, delat med årets budgeterade intäkter.',
      interventionsMeetingGoalsShare:
        'Bland insatser som pågått under perioden och inte är arkiverade: andelen där alla mål är uppfyllda. Insatser utan mål eller utan uppföljning räknas inte.',
      participantOutcomeShare:
        'Avslutade deltagare med något av de valda utfallen, delat med alla avslutade deltagare under perioden, i alla individinriktade insatser.',
      localGroupsMeetingPerTermShare:
        'Andelen lokala samverkansgrupper som haft minst det angivna antalet möten under varje termin i perioden.',
      catalogueEntriesPublished:
        'Insatser som förbundet publicerat i den nationella insatskatalogen vid periodens slut.',
    },
    params: {
      outcomes: 'Utfall som räknas',
      outcomesHint: 'Egen försörjning är arbete och studier.',
      meetingsPerTerm: 'Minsta antal möten per termin',
      requireAllPartiesPresent: 'Räkna bara terminer där samtliga parter var med',
    },
    notMeasured: {
      noFigures: 'Ej mätt: det finns inga uppgifter för perioden.',
      noBudget: 'Ej mätt: årets intäkter är inte budgeterade.',
      noLocalGroups: 'Ej mätt: förbundet har inga lokala samverkansgrupper.',
      termsMissing: 'Ej mätt: möten per termin saknas för någon lokal samverkansgrupp.',
      noGoals: 'Ej mätt: inga insatser har mål.',
      periodNotEnded: 'Ej mätt: perioden är inte slut.',
    },
    basis: {
      ore: '{{part}} av {{whole}}',
      count: '{{part}} av {{whole}}',
      countOnly: '{{part}} st',
    },
    preview: {
      title: 'Värde för {{period}}',
      loading: 'Räknar…',
    },
  },
  validation: {
    planMeasure: {
      measureUnknown: 'Välj ett mått i listan.',
      paramsInvalid: 'Måttets inställningar är ogiltiga.',
      outcomesRequired: 'Välj minst ett utfall.',
      outcomesDuplicate: 'Varje utfall kan bara väljas en gång.',
      outcomeUnknown: 'Välj utfall i listan.',
      meetingsPerTermInvalid: 'Ange antal möten per termin som ett heltal mellan 1 och 50.',
    },
  },
};
