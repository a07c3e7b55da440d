/**
 * The errors and field messages of the period reports' assignment, deadlines, ready marks, comments, reminders and adoption (reportWorkflow.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.reportWorkflow.*`, `validation.reportWorkflow.*`). Page strings load with the pages.
 */
export const reportWorkflowMessages = {
  errors: { reportWorkflow: {} },
  validation: { reportWorkflow: {} },
};
