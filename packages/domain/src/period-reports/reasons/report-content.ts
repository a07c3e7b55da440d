/**
 * Reasons the reportContent.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.reportContent` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const reportContentReasons = ['reportContent.notAdopted'] as const;
