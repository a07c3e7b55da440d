import { notesSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import { readCheckedNotes } from '../../report-notes/note-checks.ts';
import type { TenantCtx } from '../../verb-context.ts';
import { unavailable } from './economy-unavailable.ts';

/**
 * §3.5 Noter: the report's notes (period_report_notes) as tables with their Summa rows, each checked
 * against its statement line's figure for the period; a difference is a notice.
 */
export async function readNotesSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const notes = await readCheckedNotes(ctx, frame);
  if (notes.length === 0)
    return unavailable('Rapporten har inga noter ännu. Lägg till noterna med deras rader under Noter.');
  return { status: 'ok', blocks: notesSection({ notes }) };
}
