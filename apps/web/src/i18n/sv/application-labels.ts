/**
 * Labels of the applications area's fixed lists (issue 22), shared by its pages
 * (`applicationLabels.*`); loads with them (`../sv-pages.ts`).
 */
export const applicationLabels = {
  ui: {
    status: {
      expected: 'Förväntad',
      draft: 'Utkast',
      received: 'Inkommen',
      formalCheck: 'Formell granskning',
      underReview: 'Under beredning',
      proposal: 'Förslag till beslut',
      granted: 'Beviljad',
      rejected: 'Avslagen',
      withdrawn: 'Återtagen',
    },
    kind: {
      individual: 'Individinriktad insats',
      structural: 'Strukturinriktad insats',
      preStudy: 'Förstudie',
    },
    recommendation: {
      grant: 'Bevilja',
      reject: 'Avslå',
      askForMore: 'Begär komplettering',
    },
    checklistAnswer: { yes: 'Ja', no: 'Nej' },
    grantOutcome: { granted: 'Bifall', rejected: 'Avslag' },
    agreementStatus: { draft: 'Utkast', signed: 'Undertecknat', closed: 'Avslutat' },
    paymentKind: { advance: 'Förskott', tranche: 'Delutbetalning', final: 'Slutlikvid' },
    reportKind: { interim: 'Delrapport', final: 'Slutrapport' },
  },
};
