/**
 * Swedish strings of the NNS indicator surveys (issue 20): `ui` is the feature's namespace
 * (`nns.*`); `errors` and `validation` join the shared namespaces under the key `nns`.
 */
export const nns = {
  ui: {
    title: 'NNS-enkäter',
    intro:
      'Resultat från NNS indikatorenkäter (Indikatorer för finansiell samordning): medelvärde på skalan 1–10 per påstående, jämfört med riket och med året innan. Påståendena är NNS:s och kan inte ändras.',
    year: 'År',
    noResults: 'Inga resultat är importerade för {{year}}.',
    noYears: 'Inga NNS-resultat är importerade ännu.',
    suppressedNote: '”..” betyder färre än fem svar: resultatet visas inte.',
    demoNote: 'Resultaten för {{year}} är uppskattningar i demodata, inte förbundets egna siffror.',
    questionnaires: {
      participant: 'Deltagare',
      interventionStaff: 'Insatspersonal',
      boardMember: 'Styrelseledamöter',
      manager: 'Chefer i samverkan',
      referrer: 'Remittenter',
    },
    scopeForbund: 'Förbundet',
    scopeIntervention: 'Insats: {{name}}',
    scopeLocalGroup: 'Lokal samverkansgrupp: {{name}}',
    caption: 'Resultat {{year}}, {{questionnaire}}',
    columns: {
      code: 'Kod',
      statement: 'Påstående',
      scope: 'Omfattning',
      n: 'Antal svar',
      value: 'Resultat',
      national: 'Riket',
      againstNational: 'Mot riket',
      lastYear: 'År {{year}}',
      change: 'Förändring',
    },
    againstNational: {
      higher: 'Över riket ({{difference}})',
      lower: 'Under riket ({{difference}})',
      same: 'Som riket',
      none: '–',
    },
    change: {
      higher: 'Högre än {{year}} ({{difference}})',
      lower: 'Lägre än {{year}} ({{difference}})',
      same: 'Samma som {{year}}',
      none: 'Ingen jämförelse',
    },
    export: 'Exportera {{year}} till Excel',
    exportSheet: 'NNS {{year}}',
    import: {
      title: 'Importera resultatfil',
      intro:
        'Välj NNS resultatfil för ett år (.xlsx eller .csv med kolumnerna Enkät, Fråga, Omfattning, Antal svar, Resultat och Riket). Du ser resultaten innan något sparas. Filen ersätter årets alla resultat.',
      file: 'Resultatfil (.xlsx, .csv)',
      year: 'Resultatår',
      yearHint: 'Året enkäterna besvarades.',
      read: 'Läs filen',
      reading: 'Läser filen…',
      unreadable: 'Filen kunde inte läsas. Välj filen igen.',
      chooseFile: 'Välj en fil.',
      problemsTitle: 'Filen kan inte importeras',
      problemsIntro: 'Inget har sparats. Rätta raderna nedan och välj filen igen.',
      problemsCaption: 'Fel i filen {{file}}',
      row: 'Rad',
      problem: 'Fel',
      expected: 'NNS:s formulering: ”{{text}}”',
      previewTitle: 'Förhandsvisning: {{count}} resultat för {{year}}',
      previewCaption: 'Resultat i filen {{file}}',
      replaces_one: 'Importen ersätter {{count}} resultat som redan finns för {{year}}.',
      replaces_other: 'Importen ersätter {{count}} resultat som redan finns för {{year}}.',
      replacesNone: 'Det finns inga resultat för {{year}} ännu.',
      save: 'Spara {{count}} resultat för {{year}}',
      saving: 'Sparar…',
      cancel: 'Avbryt',
      done: 'Resultaten för {{year}} är importerade: {{count}} resultat.',
      cellProblems: {
        missing: '{{column}} saknas.',
        badNumber: '{{column}} är inget tal med högst två decimaler.',
        badCount: '{{column}} är inget heltal.',
      },
      noHeader: 'Filen saknar kolumnerna {{columns}}.',
      noRows: 'Filen har inga resultatrader.',
      fileColumns: {
        questionnaire: 'Enkät',
        question: 'Fråga',
        scope: 'Omfattning',
        n: 'Antal svar',
        value: 'Resultat',
        nationalValue: 'Riket',
      },
    },
    national: {
      title: 'NNS-enkäterna i riket',
      link: 'NNS-enkäterna: förbundens resultat i riket',
      intro:
        'Hur förbundens egna resultat i NNS indikatorenkäter fördelar sig, per påstående och år: median och kvartiler över förbunden. Ett förbunds resultat räknas med när minst fem har svarat; ett värde visas när minst tre förbund står bakom det, annars ”..”.',
      year: 'År',
      caption: 'Fördelning över förbunden {{year}}',
      noYears: 'Inga förbund har importerat NNS-resultat ännu.',
      columns: {
        code: 'Kod',
        questionnaire: 'Enkät',
        statement: 'Påstående',
        forbund: 'Antal förbund',
        q1: 'Nedre kvartil',
        median: 'Median',
        q3: 'Övre kvartil',
        national: 'Riket enligt NNS',
      },
    },
  },
  errors: {
    nns: {
      changedText:
        'Rad {{row}}: frågan ”{{text}}” är inte NNS:s formulering och filen importerades inte. Påståendena får inte ändras. Inget har sparats.',
      unknownQuestionnaire:
        'Rad {{row}}: enkäten ”{{text}}” finns inte bland NNS:s fem enkäter. Inget har sparats.',
      valueOutOfScale: 'Rad {{row}}: värdet {{text}} ligger utanför skalan 1–10. Inget har sparats.',
      unknownScope:
        'Rad {{row}}: omfattningen ”{{text}}” är varken Förbundet, en insats eller en lokal samverkansgrupp i förbundet. Inget har sparats.',
      duplicateRow:
        'Rad {{row}}: påståendet finns redan för samma omfattning tidigare i filen. Inget har sparats.',
    },
  },
  validation: {
    nns: {
      badNumber: 'Talet ska ha punkt som decimaltecken och högst två decimaler.',
      noRows: 'Filen har inga resultatrader.',
    },
  },
};

/** The row problems as the page states them (the same sentences the API's refusal gets). */
export const nnsProblemKeys = {
  'nns.changedText': 'errors.nns.changedText',
  'nns.unknownQuestionnaire': 'errors.nns.unknownQuestionnaire',
  'nns.valueOutOfScale': 'errors.nns.valueOutOfScale',
  'nns.unknownScope': 'errors.nns.unknownScope',
  'nns.duplicateRow': 'errors.nns.duplicateRow',
} as const;
