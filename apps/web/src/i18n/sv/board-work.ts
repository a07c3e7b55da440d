/**
 * Swedish strings of board-work (issue 21). `ui` is the feature's namespace (`boardWork.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardWork = {
  ui: {},
  errors: {},
  validation: {},
};
