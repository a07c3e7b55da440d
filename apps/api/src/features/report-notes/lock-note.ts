import { DomainError } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import type { NoteRecord } from './note-records.ts';

/**
 * Locks the report a note belongs to (NOT_FOUND for another förbund's or a missing one) and refuses
 * once it is adopted: its notes are part of what the board adopted. Locking the report first
 * orders two writers of its notes.
 */
export async function lockOpenReport({ tx, tenant }: TenantCtx, reportId: string): Promise<void> {
  const [report] = await tx<{ status: string }[]>`
    select status from period_reports where tenant_id = ${tenant.id} and id = ${reportId} for update`;
  if (!report) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'periodReport' });
  if (report.status === 'adopted') throw new DomainError('CONFLICT', 'reportNotes.reportAdopted');
}

/** A note at the version the editor loaded, its report locked and open; NOT_FOUND / CONFLICT otherwise. */
export async function lockNote(
  ctx: TenantCtx,
  noteId: string,
  expectedVersion: number,
): Promise<NoteRecord & { reportId: string }> {
  const { tx, tenant } = ctx;
  const [found] = await tx<{ reportId: string }[]>`
    select report_id as "reportId" from period_report_notes where tenant_id = ${tenant.id} and id = ${noteId}`;
  if (!found) staleOrMissing('periodReportNote', false);
  await lockOpenReport(ctx, found.reportId);
  const [note] = await tx<(NoteRecord & { reportId: string })[]>`
    select id, report_id as "reportId", number, title, statement_line as "statementLine", lines, version
    from period_report_notes where tenant_id = ${tenant.id} and id = ${noteId} for update`;
  if (!note) staleOrMissing('periodReportNote', false);
  if (note.version !== expectedVersion) staleOrMissing('periodReportNote', true);
  return note;
}
