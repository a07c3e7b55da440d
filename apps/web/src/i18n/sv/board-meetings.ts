/**
 * Swedish strings of board-meetings (issue 21). `ui` is the feature's namespace (`boardMeetings.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardMeetings = {
  ui: {},
  errors: {},
  validation: {},
};
