/**
 * Swedish strings of board-work (issue 21). `ui` is the feature's namespace (`boardWork.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardWork = {
  ui: {},
  errors: {},
  validation: {
    boardWork: {
      periodInvalid: 'Välj ett halvår eller ett år, till exempel 2019-H1 eller 2019.',
    },
  },
};
