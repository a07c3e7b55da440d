/**
 * Swedish strings of the insatser feature. `ui` is the feature's namespace (`interventions.*`);
 * `errors` and `validation` join the shared namespaces under keys this feature owns.
 */
export const interventions = {
  ui: {
    title: 'Insatser',
  },
  errors: {},
  validation: {},
};
