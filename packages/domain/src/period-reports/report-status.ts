import type { ReportStatus } from './report-enums.ts';

/**
 * The status rules of a period report (issue 23): draft → ready (every enabled section marked
 * ready) → adopted (the board's decision; frozen). Pure, so the API's verbs and the web's buttons
 * decide alike. Each refusal is a reason key under `periodReport.*` (reasons/period-report.ts).
 */

/** What the rules need of a section. */
export interface SectionReadiness {
  enabled: boolean;
  /** When it was marked ready, or null. */
  readyAt: string | Date | null;
}

/** The progress bar: ready sections of the enabled ones (a switched-off section is not in the document). */
export function reportProgress(sections: readonly SectionReadiness[]): { ready: number; total: number } {
  const enabled = sections.filter((section) => section.enabled);
  return { ready: enabled.filter((section) => section.readyAt !== null).length, total: enabled.length };
}

/** An adopted report is the board's record: no write reaches it (its snapshot is what was adopted). */
export function reportWriteRefusal(status: ReportStatus): 'periodReport.adopted' | null {
  return status === 'adopted' ? 'periodReport.adopted' : null;
}

/**
 * "Klar för beslut": a draft whose every enabled section is marked ready, and at least one section
 * to adopt. `sectionsNotReady` carries how many are left.
 */
export function markReadyRefusal(
  status: ReportStatus,
  sections: readonly SectionReadiness[],
): 'periodReport.adopted' | 'periodReport.alreadyReady' | 'periodReport.sectionsNotReady' | null {
  if (status === 'adopted') return 'periodReport.adopted';
  if (status === 'ready') return 'periodReport.alreadyReady';
  const { ready, total } = reportProgress(sections);
  return total === 0 || ready < total ? 'periodReport.sectionsNotReady' : null;
}

/** Back to draft from ready; an adopted report stays adopted, a draft is already one. */
export function reopenRefusal(status: ReportStatus): 'periodReport.adopted' | 'periodReport.notReady' | null {
  if (status === 'adopted') return 'periodReport.adopted';
  return status === 'ready' ? null : 'periodReport.notReady';
}

/**
 * The report's status after a section's text or structure changed: a report marked ready goes
 * back to draft, since what was declared ready is no longer what it holds.
 */
export function statusAfterSectionChange(status: ReportStatus): ReportStatus {
  return status === 'ready' ? 'draft' : status;
}

/**
 * A section's written text may change only while the section is not marked ready (unmark it
 * first), and never in an adopted report.
 */
export function textChangeRefusal(
  status: ReportStatus,
  section: { readyAt: string | Date | null },
): 'periodReport.adopted' | 'periodReport.sectionReady' | null {
  return reportWriteRefusal(status) ?? (section.readyAt !== null ? 'periodReport.sectionReady' : null);
}

/** Only the förbund's own sections may be removed; the template's are switched off instead. */
export function deleteSectionRefusal(
  status: ReportStatus,
  section: { custom: boolean },
): 'periodReport.adopted' | 'periodReport.notCustom' | null {
  return reportWriteRefusal(status) ?? (section.custom ? null : 'periodReport.notCustom');
}
