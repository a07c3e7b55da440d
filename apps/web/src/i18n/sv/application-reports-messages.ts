/**
 * The errors and field messages of the reports and the budget's commitments (issue 22): eager, since any API answer or form may
 * need them (`errors.applicationReports.*`, `validation.applicationReports.*`). The page strings (`./application-reports.ts`) load with the pages.
 */
export const applicationReportsMessages = {
  errors: { applicationReports: {} },
  validation: {
    applicationReports: {
      invalidYear: 'Ange ett år mellan 2000 och 2100.',
      invalidYearCount: 'Ange mellan 1 och 5 år.',
      invalidDays: 'Ange mellan 1 och 366 dagar.',
    },
  },
};
