/**
 * Reasons the periodReport.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.periodReport` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const periodReportReasons = [
  // Every write of an adopted report (its snapshot is the board's record).
  'periodReport.adopted',
  'periodReport.alreadyReady',
  'periodReport.duplicate',
  // A report an item of approved (locked) minutes is about or carries as a document is not deleted.
  'periodReport.inApprovedMinutes',
  'periodReport.invalid',
  'periodReport.notCustom',
  'periodReport.notReady',
  'periodReport.planNotFound',
  'periodReport.sectionNotFound',
  'periodReport.sectionReady',
  'periodReport.sectionsNotReady',
  'periodReport.textVersionNotFound',
] as const;
