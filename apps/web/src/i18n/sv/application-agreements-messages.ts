/**
 * The errors and field messages of agreements, payments and reports (issue 22): eager, since any API answer or form may
 * need them (`errors.agreements.*`, `validation.agreements.*`), so kept short. The page strings
 * (`./application-agreements.ts`) load with the pages.
 */
export const applicationAgreementsMessages = {
  errors: {
    agreements: {
      alreadyClosed: 'Avtalet är avslutat.',
      closeNeedsApprovedReport: 'Slutrapporten är inte godkänd.',
      closeNeedsPaidPayments: 'Alla utbetalningar är inte gjorda.',
      closePaymentsNotGrant: 'Utbetalningarna summerar inte till beviljat belopp.',
      finalReportNotApproved: 'Slutlikvid betalas först när slutrapporten är godkänd.',
      invalid: 'Rätta de markerade fälten.',
      notSigned: 'Avtalet är inte undertecknat.',
      paymentPaid: 'Utbetalningen är betald. Ångra det först.',
      paymentsExceedGrant: 'Utbetalningarna blir {{over}} mer än beviljat ({{granted}}).',
      planNotEmpty: 'Planen är inte tom.',
      reportApproved: 'Rapporten är godkänd och kan inte ändras.',
      reportNotSubmitted: 'Rapporten är inte inlämnad.',
      yearsNotGrant: 'Åren summerar till {{sum}}, {{difference}} ifrån beviljat ({{granted}}).',
    },
  },
  validation: {
    agreements: {
      yearInvalid: 'Ange ett år 2000–2100.',
      yearsRequired: 'Ange 1–20 år.',
      yearDuplicate: 'Året finns redan.',
      noteTooLong: 'Texten är för lång.',
      kindInvalid: 'Välj slag.',
      dateInvalid: 'Ange datum som ÅÅÅÅ-MM-DD.',
      amountPositive: 'Beloppet måste vara över 0 kr.',
      allocationInvalid: 'Välj insatsens utfall.',
      decisionInvalid: 'Beslutet finns inte.',
      finalPaymentExists: 'Det finns redan en slutlikvid.',
      finalReportExists: 'Det finns redan en slutrapport.',
      idInvalid: 'Posten finns inte.',
    },
  },
};
