/**
 * The errors and field messages of the pipeline and one application (issue 22): eager, since any API answer or form may
 * need them (`errors.applications.*`, `validation.applications.*`). The page strings (`./application-pipeline.ts`) load with the pages.
 */
export const applicationPipelineMessages = {
  errors: { applications: {} },
  validation: {
    applications: {
      idInvalid: 'Ansökan finns inte.',
    },
  },
};
