import { formatMoney, type Ore } from '@samsyn/domain';
import type { Message } from '../../../lib/message-key.ts';

interface ColumnCheck {
  sum: number;
  stated: number;
  difference: number;
  isConsistent: boolean;
}

/** A note's live check as the list gives it. */
export interface NoteCheckView {
  statementLine: string;
  labels: { current: string; previous: string };
  checks: { current: ColumnCheck | null; previous: ColumnCheck | null };
}

/**
 * What the editor says under a note: each column whose rows do not add up to its statement line
 * (with the sums in kronor), a column the statement has no figure for, or that the rows agree.
 */
export function noteCheckMessages(note: NoteCheckView): { isConsistent: boolean; messages: Message[] } {
  const isBalance = note.statementLine.startsWith('balance:');
  const messages: Message[] = [];
  for (const column of ['current', 'previous'] as const) {
    const check = note.checks[column];
    const label = note.labels[column];
    if (check === null) {
      messages.push({ key: 'reportNotesPages.check.noFigure', values: { column: label } });
    } else if (!check.isConsistent) {
      messages.push({
        key: isBalance
          ? 'reportNotesPages.check.differenceBalance'
          : 'reportNotesPages.check.differenceIncome',
        values: {
          column: label,
          sum: formatMoney(check.sum as Ore),
          stated: formatMoney(check.stated as Ore),
          difference: formatMoney(check.difference as Ore),
        },
      });
    }
  }
  const isConsistent = messages.length === 0;
  return { isConsistent, messages: isConsistent ? [{ key: 'reportNotesPages.check.consistent' }] : messages };
}
