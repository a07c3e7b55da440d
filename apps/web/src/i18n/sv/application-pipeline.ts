/**
 * Page strings of the pipeline and one application (issue 22), `applicationPipeline.*`; load with the pages (`../sv-pages.ts`).
 * Errors and field messages are eager: `./application-pipeline-messages.ts`.
 */
export const applicationPipeline = {
  ui: {
    backToPipeline: 'Till ansökningarna',
    detail: {
      status: 'Status',
    },
  },
};
