/**
 * The errors and field messages of the period reports' reports, their sections and texts (periodReports.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.periodReport.*`, `validation.periodReport.*`). Page strings load with the pages.
 */
export const periodReportMessages = {
  errors: { periodReport: {} },
  validation: { periodReport: {} },
};
