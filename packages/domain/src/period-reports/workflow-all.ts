// The workflow and adoption part of period reports (R2): inputs, progress and reminder dates, the diff.
export * from './document-diff.ts';
export * from './workflow-inputs.ts';
export * from './workflow-progress.ts';
