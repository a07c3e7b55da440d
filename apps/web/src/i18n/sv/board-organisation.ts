/**
 * Swedish strings of board-organisation (issue 21). `ui` is the feature's namespace (`boardOrganisation.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardOrganisation = {
  ui: {},
  errors: {},
  validation: {},
};
