import { loadReport } from '../report-content/report-frame.ts';
import type { TenantCtx } from '../verb-context.ts';
import { type CheckedNote, readCheckedNotes } from './note-checks.ts';

export interface NotesView {
  /** Whether the report is adopted (its notes can no longer change). */
  isAdopted: boolean;
  notes: CheckedNote[];
}

/**
 * A report's notes in number order with their rows and the live check of each column against its
 * statement line (the figure the statement shows now; the domain's `specificationCheck`). NOT_FOUND
 * for another förbund's report. Any member.
 */
export async function listNotes(ctx: TenantCtx, input: { reportId: string }): Promise<NotesView> {
  const report = await loadReport(ctx, input.reportId);
  const notes = await readCheckedNotes(ctx, { reportId: report.id, periodEnd: report.periodEnd });
  return { isAdopted: report.status === 'adopted', notes };
}
