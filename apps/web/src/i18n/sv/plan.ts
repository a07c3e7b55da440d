/**
 * Swedish strings of the verksamhetsplan (issue 20). `ui` is the feature's namespace (`plan.*`);
 * `errors` and `validation` join the shared namespaces under the key `plan`.
 */
export const plan = {
  ui: {
    nav: {
      label: 'Verksamhetsplan',
      plans: 'Planer',
      plan: 'Plan',
      followUp: 'Uppföljning',
      risks: 'Risker',
      nns: 'NNS-enkäter',
    },
  },
  errors: {
    plan: {},
  },
  validation: {
    plan: {},
  },
};
