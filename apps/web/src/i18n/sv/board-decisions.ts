/**
 * Swedish strings of board-decisions (issue 21). `ui` is the feature's namespace (`boardDecisions.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardDecisions = {
  ui: {},
  errors: {},
  validation: {},
};
