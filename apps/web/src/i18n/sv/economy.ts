/**
 * Swedish strings of the ekonomi feature. `ui` is the feature's namespace (`economy.*`);
 * `errors` and `validation` join the shared namespaces under keys this feature owns.
 */
export const economy = {
  ui: {
    title: 'Ekonomi',
  },
  errors: {},
  validation: {},
};
