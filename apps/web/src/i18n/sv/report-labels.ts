/**
 * The period reports' shared labels (issue 23), `reportLabels.*`: kinds, statuses and what each
 * generated section is built from. Load with the pages (`../sv-pages.ts`).
 */
export const reportLabels = {
  ui: {
    kind: {
      halfYear: 'Halvårsredovisning',
      interim: 'Delårsrapport',
      annual: 'Årsredovisning',
      plan: 'Verksamhetsplan och budget',
    },
    status: {
      draft: 'Utkast',
      ready: 'Klar för beslut',
      adopted: 'Fastställd',
    },
    source: {
      summary: 'Kostnad och deltagare för perioden',
      organisation: 'Medlemmar och målområden',
      planFollowUp: 'Verksamhetsplanens mål och uppföljning',
      boardWork: 'Styrelsens arbete',
      incomeStatement: 'Resultaträkning',
      balanceSheet: 'Balansräkning',
      operatingStatement: 'Driftredovisning',
      notes: 'Noter med specifikationer',
      signatures: 'Ort, datum och underskrifter',
      interventionResults: 'Mål och resultat av insatser',
      forecast: 'Prognos och finansiellt mål',
      grantedInterventions: 'Beviljade insatser',
      budget: 'Budget',
      planVision: 'Vision',
      planTargetGroups: 'Målgrupp',
      planActivity: 'Verksamhetens inriktningar',
      planGoals: 'Mål och indikatorer',
      boardComposition: 'Styrelsens sammansättning',
      written: 'Skrivs av förbundet',
    },
  },
};
