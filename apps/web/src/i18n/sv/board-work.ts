/**
 * Swedish strings of board-work (issue 21): the page "Styrelsens arbete" per period. The report's
 * own sentences (§ 2 of the half-year report) come from the domain (board/board-work.ts), which
 * the reports of issue 23 embed as they are. `ui` is the feature's namespace (`boardWork.*`);
 * `errors` and `validation` join the shared namespaces.
 */
export const boardWork = {
  ui: {
    title: 'Styrelsens arbete',
    intro:
      'Styrelsens sammansättning, mötena per organ och arvodena för perioden, skrivna som i halvårs- och årsredovisningen. Texten räknas fram ur organisationen, mötena och närvaron.',
    period: 'Period',
    print: 'Skriv ut',
    generated: '{{forbund}}, {{period}}',
    compositionOn: 'Sammansättningen den {{date}}.',
    composition: 'Styrelsens sammansättning',
    ordinary: 'Ordinarie ledamöter:',
    substitutes: 'Ersättare:',
    noSeats: 'Inga platser är registrerade i organet på det datumet.',
    meetings: 'Styrelsens sammanträden',
    members: 'Ledamöter',
    office: 'Kansli',
    auditors: 'Revisorer',
    table: {
      title: 'Möten och arvoden per organ',
      caption: 'Möten och arvoden per organ, {{period}}',
      body: 'Organ',
      meetings: 'Hållna möten',
      fees: 'Arvoden',
    },
    empty: {
      title: 'Ingen styrelse ännu',
      text: 'Förbundet har ingen styrelse registrerad i Samsyn. Lägg upp styrelsen, organen och ledamöterna under Organisation, så skrivs styrelsens arbete här.',
      link: 'Gå till Organisation',
    },
  },
};
