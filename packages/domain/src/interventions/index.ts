// The interventions module (insatser): register, participant figures, goals and their follow-up,
// budgets, local groups, and the two reports. Pure; no I/O.

export * from '../validation-problem.ts';
export * from './aggregate-participant-figures.ts';
export * from './allocate-by-weight.ts';
export * from './figure-categories.ts';
export * from './finsam-registration.ts';
export * from './goal.ts';
export * from './goal-follow-up.ts';
export * from './goal-measures.ts';
export * from './intervention.ts';
export * from './intervention-budget.ts';
export * from './intervention-status.ts';
export * from './local-group.ts';
export * from './local-group-term.ts';
export * from './method-tags.ts';
export * from './participant-figures.ts';
export * from './period.ts';
export * from './period-note.ts';
export * from './report-order.ts';
export * from './results-report.ts';
export * from './share.ts';
export * from './target-groups.ts';
export * from './uppfoljning-finsam.ts';
