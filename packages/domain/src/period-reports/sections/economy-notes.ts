import { specificationCheck } from '../../economy/specification-check.ts';
import type { Ore } from '../../money/ore.ts';
import { sumOre } from '../../money/ore-math.ts';
import type { Block, TableRow } from '../blocks.ts';
import { amountCell, kr } from './economy-format.ts';

/** A note's line as stored (period_report_notes.lines): amounts in öre. */
export interface NoteLine {
  label: string;
  current: Ore;
  previous: Ore;
}

export interface NoteWithCheck {
  number: number;
  title: string;
  /** 'revenue' | 'costs' | 'balance:<code>'. */
  statementLine: string;
  lines: NoteLine[];
  /** The statement line's figure for this period and the comparison's; null when the statement has none. */
  stated: { current: Ore | null; previous: Ore | null };
  /**
   * The columns' dates: the period end and the comparison's — the same period of the previous year
   * for revenue and costs ("2018-06-30"), the previous year end for a balance line ("2018-12-31").
   */
  labels: { current: string; previous: string };
}

/** Where a note's figure stands, for the check's sentence. */
const statementName = (statementLine: string) =>
  statementLine.startsWith('balance:') ? 'balansräkningen' : 'resultaträkningen';

/** One column's check: the note's rows against its statement line (the domain's specificationCheck). */
export function noteColumnCheck(lines: readonly Ore[], stated: Ore | null) {
  return stated === null ? null : specificationCheck(lines, stated);
}

/**
 * "Not 1: raderna summerar till 6 659 750 kr, resultaträkningen visar 6 659 748 kr – skillnad 2 kr."
 * for a column that does not add up (the comparison column names its date); null when it does.
 */
export function noteDifferenceText(
  note: Pick<NoteWithCheck, 'number' | 'statementLine'>,
  check: { sum: Ore; stated: Ore; difference: Ore; isConsistent: boolean } | null,
  columnLabel: string | null,
): string | null {
  if (!check || check.isConsistent) return null;
  const where = columnLabel ? `Not ${note.number}, ${columnLabel}` : `Not ${note.number}`;
  return (
    `${where}: raderna summerar till ${kr(check.sum)}, ${statementName(note.statementLine)} visar ` +
    `${kr(check.stated)} – skillnad ${kr(check.difference)}.`
  );
}

/**
 * §3.5 Noter: each note as a table (its rows, the current and the comparison column, Summa) and,
 * under it, every column whose rows do not add up to the statement line as a difference notice —
 * the document shows the inconsistency instead of choosing a figure.
 */
export function notesSection(input: { notes: readonly NoteWithCheck[] }): Block[] {
  const blocks: Block[] = [];
  for (const note of [...input.notes].sort((a, b) => a.number - b.number)) {
    const current = note.lines.map((line) => line.current);
    const previous = note.lines.map((line) => line.previous);
    const rows: TableRow[] = note.lines.map((line, index) => ({
      cells: [line.label, amountCell(line.current), amountCell(line.previous)],
      key: `line:${index}`,
    }));
    rows.push({
      cells: ['Summa', amountCell(sumOre(current)), amountCell(sumOre(previous))],
      key: 'sum',
      emphasis: 'sum',
    });
    blocks.push({
      type: 'table',
      caption: `Not ${note.number}. ${note.title}`,
      columns: [
        { label: 'Specifikation', align: 'left' },
        { label: note.labels.current, align: 'right' },
        { label: note.labels.previous, align: 'right' },
      ],
      rows,
    });
    const texts = [
      noteDifferenceText(note, noteColumnCheck(current, note.stated.current), null),
      noteDifferenceText(note, noteColumnCheck(previous, note.stated.previous), note.labels.previous),
    ];
    for (const text of texts) if (text) blocks.push({ type: 'notice', tone: 'difference', text });
    if (note.stated.current === null)
      blocks.push({
        type: 'notice',
        tone: 'unavailable',
        text: `Not ${note.number}: ${statementName(note.statementLine)} har ingen siffra för raden att jämföra med.`,
      });
  }
  return blocks;
}
