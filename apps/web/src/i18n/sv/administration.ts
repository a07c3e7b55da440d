/**
 * Swedish strings of the administration feature. `ui` is the feature's namespace (`administration.*`);
 * `errors` and `validation` join the shared namespaces under keys this feature owns.
 */
export const administration = {
  ui: {
    title: 'Administration',
  },
  errors: {},
  validation: {},
};
