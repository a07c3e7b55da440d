import { recordAudit } from '@samsyn/db';
import type { TenantCtx } from '../verb-context.ts';
import { lockNote } from './lock-note.ts';

/** Removes a note if nobody saved it since `expectedVersion`; refused once the report is adopted. Editors; audited. */
export async function deleteNote(
  ctx: TenantCtx,
  input: { noteId: string; expectedVersion: number },
): Promise<void> {
  const { tx, tenant } = ctx;
  const before = await lockNote(ctx, input.noteId, input.expectedVersion);
  await tx`delete from period_report_notes where tenant_id = ${tenant.id} and id = ${input.noteId}`;
  await recordAudit(tx, {
    action: 'periodReportNote.delete',
    entity: 'periodReportNote',
    entityId: input.noteId,
    before: {
      reportId: before.reportId,
      number: before.number,
      title: before.title,
      statementLine: before.statementLine,
      lines: before.lines,
    },
  });
}
