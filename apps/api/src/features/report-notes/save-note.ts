import { recordAudit } from '@samsyn/db';
import { type SaveNoteInput, throwIfProblems } from '@samsyn/domain';
import { staleOrMissing } from '../concurrency.ts';
import type { TenantCtx } from '../verb-context.ts';
import { lockNote, lockOpenReport } from './lock-note.ts';

/**
 * Adds a note to a report (`noteId` null, `expectedVersion` 0) or changes one if nobody saved it
 * since `expectedVersion`: number, title, the statement line it specifies and its rows (öre). Two
 * notes of a report never share a number (beside the field). Refused once the report is adopted.
 * Editors; audited as periodReportNote.create / update.
 */
export async function saveNote(
  ctx: TenantCtx,
  input: SaveNoteInput,
): Promise<{ noteId: string; version: number }> {
  const { tx, tenant } = ctx;
  const { reportId, noteId, expectedVersion, ...fields } = input;
  const before = noteId === null ? null : await lockNote(ctx, noteId, expectedVersion);
  if (before && before.reportId !== reportId) staleOrMissing('periodReportNote', false);
  if (noteId === null) {
    await lockOpenReport(ctx, reportId);
    if (expectedVersion !== 0) staleOrMissing('periodReportNote', true);
  }
  const [taken] = await tx`
    select 1 from period_report_notes
    where tenant_id = ${tenant.id} and report_id = ${reportId} and number = ${fields.number}
      and (${noteId}::uuid is null or id <> ${noteId}::uuid)`;
  throwIfProblems('reportNotes.invalid', taken ? [{ key: 'reportNotes.numberTaken', path: ['number'] }] : []);
  const lines = tx.json(fields.lines.map((line) => ({ ...line })));
  const [row] =
    noteId === null
      ? await tx<{ id: string; version: number }[]>`
          insert into period_report_notes (tenant_id, report_id, number, title, statement_line, lines)
          values (${tenant.id}, ${reportId}, ${fields.number}, ${fields.title}, ${fields.statementLine}, ${lines})
          returning id, version`
      : await tx<{ id: string; version: number }[]>`
          update period_report_notes set number = ${fields.number}, title = ${fields.title},
            statement_line = ${fields.statementLine}, lines = ${lines}, version = version + 1
          where tenant_id = ${tenant.id} and id = ${noteId} returning id, version`;
  if (!row) throw new Error('note save returned no row');
  await recordAudit(tx, {
    action: noteId === null ? 'periodReportNote.create' : 'periodReportNote.update',
    entity: 'periodReportNote',
    entityId: row.id,
    ...(before
      ? {
          before: {
            number: before.number,
            title: before.title,
            statementLine: before.statementLine,
            lines: before.lines,
          },
        }
      : {}),
    after: { reportId, ...fields },
  });
  return { noteId: row.id, version: row.version };
}
