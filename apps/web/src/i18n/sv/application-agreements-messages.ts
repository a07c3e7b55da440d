/**
 * The errors and field messages of agreements, payments and reports (issue 22): eager, since any API answer or form may
 * need them (`errors.agreements.*`, `validation.agreements.*`). The page strings (`./application-agreements.ts`) load with the pages.
 */
export const applicationAgreementsMessages = {
  errors: { agreements: {} },
  validation: { agreements: {} },
};
