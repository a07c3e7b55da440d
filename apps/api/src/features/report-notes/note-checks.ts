import {
  lastDayOfMonth,
  type NoteWithCheck,
  negateOre,
  noteColumnCheck,
  type Ore,
  type ReportFrame,
  yearAndMonthOf,
} from '@samsyn/domain';
import { balanceSheetOf, incomeStatementOf, reportNotesOf } from '../report-content/period-statements.ts';
import type { TenantCtx } from '../verb-context.ts';
import type { NoteRecord } from './note-records.ts';

/** Each note with its statement line's figures for the period and the comparison, and their checks. */
export type CheckedNote = NoteRecord &
  NoteWithCheck & {
    checks: { current: ReturnType<typeof noteColumnCheck>; previous: ReturnType<typeof noteColumnCheck> };
  };

/**
 * The report's notes, each beside the figure its statement line shows: revenue and costs from the
 * income statement for the period (and the previous year's same period), a balance line from the
 * balance sheet on the period end (and the previous year end); the rows' sums checked against them
 * with the domain's `specificationCheck`. Statements are only read when a note needs them.
 */
export async function readCheckedNotes(
  ctx: TenantCtx,
  frame: Pick<ReportFrame, 'reportId' | 'periodEnd'>,
): Promise<CheckedNote[]> {
  const notes = await reportNotesOf(ctx, frame.reportId);
  if (notes.length === 0) return [];
  const { year, throughMonth } = yearAndMonthOf(frame.periodEnd);
  const needsIncome = notes.some((note) => !note.statementLine.startsWith('balance:'));
  const needsBalance = notes.some((note) => note.statementLine.startsWith('balance:'));
  const [income, balance] = await Promise.all([
    needsIncome ? incomeStatementOf(ctx, frame.periodEnd) : null,
    needsBalance ? balanceSheetOf(ctx, frame.periodEnd) : null,
  ]);
  const incomeFigure = (row: 'revenue' | 'costs', column: 'current' | 'previous'): Ore | null => {
    const figure = income?.statement?.rows.find((r) => r.row === row)?.[column];
    if (figure === undefined) return null;
    // The statement prints costs negative; a note specifies them as positive amounts.
    return row === 'costs' ? negateOre(figure) : figure;
  };
  const balanceFigure = (code: string, column: 'current' | 'previous'): Ore | null => {
    const sheet = column === 'current' ? balance?.sheet : balance?.previous;
    return sheet?.lines.find((line) => line.code === code)?.amount ?? null;
  };
  const previousPeriodEnd = lastDayOfMonth(year - 1, throughMonth);
  return notes.map((note) => {
    const code = note.statementLine.startsWith('balance:')
      ? note.statementLine.slice('balance:'.length)
      : null;
    const row = note.statementLine === 'costs' ? 'costs' : 'revenue';
    const stated = {
      current: code ? balanceFigure(code, 'current') : incomeFigure(row, 'current'),
      previous: code ? balanceFigure(code, 'previous') : incomeFigure(row, 'previous'),
    };
    const labels = {
      current: frame.periodEnd,
      previous: code ? (balance?.compareDate ?? `${year - 1}-12-31`) : previousPeriodEnd,
    };
    return {
      ...note,
      stated,
      labels,
      checks: {
        current: noteColumnCheck(
          note.lines.map((line) => line.current),
          stated.current,
        ),
        previous: noteColumnCheck(
          note.lines.map((line) => line.previous),
          stated.previous,
        ),
      },
    };
  });
}
