/**
 * Swedish strings of the nationellt feature. `ui` is the feature's namespace (`nationalViews.*`);
 * `errors` and `validation` join the shared namespaces under keys this feature owns.
 */
export const nationalViews = {
  ui: {
    title: 'Nationellt',
  },
  errors: {},
  validation: {},
};
