// The generated sections besides the economy (issue 23, R4): the förbund, the plan and its
// follow-up, the board, the interventions' results and the granted interventions.

export * from './sections/board-composition.ts';
export * from './sections/board-work.ts';
export {
  firstYearOf,
  followUpPeriodOf,
  noFollowUpPeriod,
  periodWords,
  swedishDateWords,
  yearsLabel,
} from './sections/content-format.ts';
export * from './sections/granted-interventions.ts';
export * from './sections/intervention-results.ts';
export * from './sections/organisation.ts';
export * from './sections/plan-activity.ts';
export * from './sections/plan-follow-up.ts';
export * from './sections/plan-goals.ts';
export { noPlanReason, type ReportPlanGoal, type ReportPlanInput } from './sections/plan-input.ts';
export * from './sections/plan-target-groups.ts';
export * from './sections/plan-vision.ts';
export * from './sections/signatures.ts';
