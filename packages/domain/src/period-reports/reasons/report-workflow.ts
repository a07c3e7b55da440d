/**
 * Reasons the reportWorkflow.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.reportWorkflow` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const reportWorkflowReasons = [] as const;
