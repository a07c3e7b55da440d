export * from './computed-measures.ts';
export * from './exact-value.ts';
export * from './follow-up.ts';
export * from './indicator-status.ts';
export * from './risk.ts';
export * from './measures/index.ts';
