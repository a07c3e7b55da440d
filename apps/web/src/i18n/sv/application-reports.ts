/**
 * Page strings of the reports and the budget's commitments (issue 22), `applicationReports.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-reports-messages.ts`.
 */
export const applicationReports = {
  ui: {
    title: 'Rapporter om ansökningar',
    intro:
      'Beviljade insatser per år, ansökningarna i pipelinen, förbundets åtaganden per år, kommande utbetalningar och försenade rapporter.',
    generated: 'Utskrift från Samsyn: {{forbund}}, {{date}}.',
    year: 'År',
    print: 'Skriv ut',
    exportXlsx: 'Exportera till Excel (.xlsx)',
    exporting: 'Exporterar …',
    exportFailed: 'Exporten misslyckades. Försök igen.',
    fileName: 'ansokningar-rapporter-{{forbund}}-{{year}}.xlsx',
    granted: {
      heading: 'Beviljade insatser {{year}}',
      intro: 'Förbundet har ingått avtal om finansiering av följande insatser med åtagande {{year}}.',
      sheet: 'Beviljade {{year}}',
      empty: 'Inga beviljade insatser har åtagande {{year}}.',
      columns: {
        title: 'Ansökan',
        lead: 'Huvudsökande',
        parties: 'Samverkansparter',
        amount: 'Belopp {{year}}',
        intervention: 'Insats',
        agreement: 'Avtal',
      },
      total: 'Summa',
      noIntervention: 'Ingen insats ännu',
      none: '–',
    },
    pipeline: {
      heading: 'Pipeline',
      intro: 'Ansökningarna per status med förväntade, sökta, föreslagna och beviljade belopp.',
      sheet: 'Pipeline',
      columns: {
        status: 'Status',
        count: 'Antal',
        expected: 'Förväntat',
        requested: 'Sökt',
        proposed: 'Föreslaget',
        granted: 'Beviljat',
      },
      total: 'Summa',
    },
    ahead: {
      heading: 'Åtaganden per år',
      intro: 'Vad avtalen binder förbundet att betala per år, från {{year}}.',
      sheet: 'Åtaganden per år',
      empty: 'Inga avtal har åtaganden från {{year}}.',
      columns: { year: 'År', committed: 'Åtagande', agreements: 'Antal avtal' },
    },
    payments: {
      heading: 'Utbetalningar de närmaste {{days}} dagarna',
      intro:
        'Obetalda utbetalningar med förfallodag till och med {{until}}, även sådana som redan har förfallit.',
      sheet: 'Utbetalningar',
      empty: 'Inga utbetalningar förfaller de närmaste {{days}} dagarna.',
      columns: { dueDate: 'Förfallodag', title: 'Ansökan', kind: 'Slag', amount: 'Belopp', state: 'Läge' },
      overdue: 'Förfallen',
      upcoming: 'Kommande',
    },
    reports: {
      heading: 'Försenade rapporter',
      intro: 'Rapporter som inte har lämnats in fast sista dagen har passerat.',
      sheet: 'Försenade rapporter',
      empty: 'Inga rapporter är försenade.',
      columns: { title: 'Ansökan', kind: 'Rapport', dueDate: 'Sista dag', daysOverdue: 'Dagar sen' },
    },
    commitments: {
      heading: 'Insatsmedel och åtaganden',
      intro:
        'Varav beviljat är summan av avtalen för de beviljade ansökningarna; tillgängligt är resten av insatsmedlen. Pipelinens belopp står bredvid.',
      caption: 'Insatsmedel, beviljat och tillgängligt per år',
      rows: {
        interventionFunds: 'Insatsmedel',
        granted: 'Varav beviljat',
        available: 'Tillgängligt för nya insatser',
        expected: 'Förväntat i pipelinen',
        proposed: 'Föreslaget i pipelinen',
      },
      overCommitted: 'överskridet',
      overCommittedNotice: '{{year}}: avtalen överskrider insatsmedlen med {{amount}}.',
      ofWhichSum:
        '{{name}} {{year}}, budgetens varav-rader: {{parts}} = {{sum}}, {{difference}} {{relation}} raden {{line}}.',
      ofWhichEqual: '{{name}} {{year}}, budgetens varav-rader: {{parts}} = {{sum}}, lika med raden.',
      less: 'mindre än',
      more: 'mer än',
      printedGranted: '{{year}}: budgeten anger varav beviljat {{printed}}; avtalen ger {{computed}}.',
      printedGrantedDiffers:
        '{{year}}: budgeten anger varav beviljat {{printed}}; avtalen ger {{computed}}, {{difference}} {{relation}} budgeten.',
      noBudget: 'Ingen budget att jämföra åtagandena med.',
      reportsLink: 'Rapporter om ansökningar',
    },
  },
};
