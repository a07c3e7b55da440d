/**
 * The errors and field messages of the period reports' the notes (reportNotes.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.reportNotes.*`, `validation.reportNotes.*`). Page strings load with the pages.
 */
export const reportNotesMessages = {
  errors: { reportNotes: {} },
  validation: { reportNotes: {} },
};
