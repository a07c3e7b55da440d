import { lastDayOfMonth, yearAndMonthOf } from '@samsyn/domain';
import { balanceSheetReport } from '../economy/reports/balance-sheet-report.ts';
import { loadReport } from '../period-reports/report-rows.ts';
import type { TenantCtx } from '../verb-context.ts';
import { type CheckedNote, readCheckedNotes } from './note-checks.ts';

export interface NotesView {
  /** Whether the report is adopted (its notes can no longer change). */
  isAdopted: boolean;
  notes: CheckedNote[];
  /** The balance sheet's lines on the period end and the previous year end, for a note to specify. */
  balanceLines: { code: string; name: string }[];
  /**
   * The dates of a note's two columns by the kind of line it specifies: the period end beside the
   * previous year's same day (income statement) or the previous year end (balance sheet).
   */
  columns: { income: { current: string; previous: string }; balance: { current: string; previous: string } };
}

/**
 * A report's notes in number order with their rows and the live check of each column against its
 * statement line (the figure the statement shows now; the domain's `specificationCheck`), and the
 * balance lines a note may specify. NOT_FOUND for another förbund's report. Any member.
 */
export async function listNotes(ctx: TenantCtx, input: { reportId: string }): Promise<NotesView> {
  const report = await loadReport(ctx, input.reportId);
  const [notes, balance] = await Promise.all([
    readCheckedNotes(ctx, { reportId: report.id, periodEnd: report.periodEnd }),
    balanceSheetReport(ctx, { date: report.periodEnd }),
  ]);
  const { year, throughMonth } = yearAndMonthOf(report.periodEnd);
  const balanceLines = new Map<string, string>();
  for (const line of [...(balance.sheet?.lines ?? []), ...(balance.previous?.lines ?? [])])
    if (!balanceLines.has(line.code)) balanceLines.set(line.code, line.name);
  return {
    isAdopted: report.status === 'adopted',
    notes,
    balanceLines: [...balanceLines].map(([code, name]) => ({ code, name })),
    columns: {
      income: { current: report.periodEnd, previous: lastDayOfMonth(year - 1, throughMonth) },
      balance: { current: report.periodEnd, previous: balance.compareDate },
    },
  };
}
