/**
 * The errors and field messages of the period reports' the PDF and Word files and the logo (reportOutput.*, tenantLogo.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.reportOutput.*`, `validation.reportOutput.*`). Page strings load with the pages.
 */
export const reportOutputMessages = {
  errors: { reportOutput: {} },
  validation: { reportOutput: {} },
};
