/**
 * The errors and field messages of a report as a document (issue 23, `reportContent.*`): eager,
 * since any API answer may need them. Page strings load with the pages.
 */
export const reportContentMessages = {
  errors: {
    reportContent: {
      notAdopted: 'Rapporten är inte fastställd än, så det finns ingen fastställd version.',
    },
  },
  validation: {
    reportContent: {
      invalidId: 'Rapporten eller avsnittet finns inte.',
      invalidVersion: 'Välj den aktuella eller den fastställda versionen.',
    },
  },
};
