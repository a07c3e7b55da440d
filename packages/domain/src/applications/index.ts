// Applications for funds (issue 22): one module per rule, exported here.

export * from './agreement.ts';
export * from './application.ts';
export * from './application-decision.ts';
export * from './application-enums.ts';
export * from './application-report-inputs.ts';
export * from './application-status.ts';
export * from './application-to-intervention.ts';
export * from './commitments.ts';
export * from './finsam-parties.ts';
export * from './grant-reports.ts';
export * from './grant-split.ts';
export * from './local-group-budget.ts';
export * from './review.ts';
