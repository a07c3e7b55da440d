// The core of period reports (issue 23, R1): the inputs of periodReports.*, what a new report starts
// with, and the status rules.

export * from './report-copy.ts';
export * from './report-inputs.ts';
export * from './report-status.ts';
