/**
 * Reasons the reportOutput.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.reportOutput` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const reportOutputReasons = ['reportOutput.logoInvalid'] as const;
