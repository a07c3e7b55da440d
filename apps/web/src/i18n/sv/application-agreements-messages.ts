/**
 * The errors and field messages of agreements, payments and reports (issue 22): eager, since any API answer or form may
 * need them (`errors.agreements.*`, `validation.agreements.*`). The page strings (`./application-agreements.ts`) load with the pages.
 */
export const applicationAgreementsMessages = {
  errors: {
    agreements: {
      alreadyClosed: 'Avtalet är avslutat och kan inte ändras.',
      closeNeedsApprovedReport: 'Avtalet kan avslutas först när slutrapporten är godkänd.',
      closeNeedsPaidPayments: 'Avtalet kan avslutas först när alla utbetalningar är gjorda.',
      closePaymentsNotGrant: 'Utbetalningarna måste summera till beviljat belopp innan avtalet avslutas.',
      finalReportNotApproved:
        'Slutlikviden kan betalas först när slutrapporten är godkänd — slutrapporten ska redovisas för styrelsen innan slutlikvid.',
      invalid: 'Det sparades inte. Rätta de markerade fälten.',
      notSigned: 'Avtalet är inte undertecknat.',
      paymentPaid: 'Utbetalningen är markerad som betald. Ångra det först.',
      paymentsExceedGrant: 'Utbetalningarna blir {{over}} mer än beviljat belopp ({{granted}}).',
      planNotEmpty: 'Planen har redan utbetalningar eller rapporter. Förslaget fylls bara i en tom plan.',
      reportApproved: 'Rapporten är godkänd och kan inte ändras.',
      reportNotSubmitted: 'Rapporten måste vara inlämnad innan den godkänns.',
      yearsNotGrant:
        'Åtagandet per år summerar till {{sum}}, {{difference}} ifrån beviljat belopp ({{granted}}).',
    },
  },
  validation: {
    agreements: {
      yearInvalid: 'Ange ett år mellan 2000 och 2100.',
      yearsRequired: 'Ange åtagandet för minst ett år.',
      yearsTooMany: 'Avtalet får gälla högst 20 år.',
      yearDuplicate: 'Året finns redan.',
      noteTooLong: 'Anteckningen är för lång.',
      paymentKindInvalid: 'Välj slag av utbetalning.',
      reportKindInvalid: 'Välj slag av rapport.',
      dueDateInvalid: 'Ange förfallodag som ÅÅÅÅ-MM-DD.',
      amountPositive: 'Beloppet måste vara större än 0 kr.',
      paidDateInvalid: 'Ange betaldag som ÅÅÅÅ-MM-DD.',
      signedDateInvalid: 'Ange datum för undertecknande som ÅÅÅÅ-MM-DD.',
      submittedDateInvalid: 'Ange inlämningsdag som ÅÅÅÅ-MM-DD.',
      approvedDateInvalid: 'Ange datum för godkännande som ÅÅÅÅ-MM-DD.',
      allocationInvalid: 'Välj en fördelning av insatsens utfall.',
      decisionInvalid: 'Beslutet finns inte i förbundets beslutsregister.',
      finalPaymentExists: 'Avtalet har redan en slutlikvid.',
      finalReportExists: 'Avtalet har redan en slutrapport.',
      idInvalid: 'Posten finns inte.',
      closedDateInvalid: 'Ange datum för avslut som ÅÅÅÅ-MM-DD.',
      applicationInvalid: 'Ansökan finns inte.',
    },
  },
};
