/**
 * Reasons the reportNotes.* procedures may answer with (issue 23), spread into `reasonKeys` (errors.ts).
 * Each needs its sentence under `errors.reportNotes` in apps/web/src/i18n/sv/*-messages.ts. No imports here:
 * errors.ts imports this file.
 */
export const reportNotesReasons = [
  /** The report is adopted: its notes are part of what the board adopted. */
  'reportNotes.reportAdopted',
  /** A note's fields are wrong (e.g. its number is taken); the problems name the fields. */
  'reportNotes.invalid',
] as const;
