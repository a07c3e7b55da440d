/**
 * Swedish strings of board-attendance (issue 21). `ui` is the feature's namespace (`boardAttendance.*`); `errors` and
 * `validation` join the shared namespaces.
 */
export const boardAttendance = {
  ui: {},
  errors: {},
  validation: {},
};
