/**
 * The errors and field messages of the period reports' assignment, deadlines, ready marks, comments, reminders and adoption (reportWorkflow.*) (issue 23): eager, since any API
 * answer or form may need them (`errors.reportWorkflow.*`, `validation.reportWorkflow.*`). Page strings load with the pages.
 */
export const reportWorkflowMessages = {
  errors: {
    reportWorkflow: {
      reportAdopted: 'Rapporten är fastställd och kan inte längre ändras.',
      notReady: 'Rapporten måste vara markerad som klar innan den kan fastställas.',
      decisionNotReport:
        'Välj ett beslut av slaget Rapport och redovisning ur beslutsregistret för att fastställa rapporten.',
      decisionUsed: 'Beslutet har redan fastställt en annan rapport. Välj ett annat beslut.',
      assigneeNotMember: 'Avsnittet kan bara tilldelas en aktiv redigerare eller administratör i förbundet.',
      notAdopted: 'Rapporten är inte fastställd, så det finns inget att jämföra med.',
      commentNotYours: 'Du kan bara ta bort dina egna kommentarer.',
    },
  },
  validation: {
    reportWorkflow: {
      sectionIdInvalid: 'Avsnittet finns inte.',
      reportIdInvalid: 'Rapporten finns inte.',
      commentIdInvalid: 'Kommentaren finns inte.',
      assigneeInvalid: 'Välj en ansvarig ur listan.',
      assigneeNotMember: 'Välj en aktiv redigerare eller administratör i förbundet som ansvarig.',
      deadlineInvalid: 'Ange sista dag som ett datum, till exempel 2019-08-16.',
      commentRequired: 'Skriv en kommentar.',
      commentTooLong: 'Kommentaren får vara högst 5 000 tecken.',
      decisionRequired: 'Välj beslutet som fastställde rapporten.',
      decisionNotReport: 'Välj ett beslut av slaget Rapport och redovisning.',
      decisionUsed: 'Beslutet har redan fastställt en annan rapport.',
    },
  },
};
