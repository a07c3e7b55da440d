import {
  type BalanceSheet,
  balanceSheet,
  equityMovementDifference,
  incomeStatement,
  lastDayOfMonth,
  type Ore,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { getBalances } from '../balances.ts';
import { incomeFigures } from './income-figures.ts';
import { period } from './year-lines.ts';

const sheetView = (sheet: BalanceSheet) => sheet;

/**
 * Balansräkning on a date from the entered balances, beside another date (by default the previous
 * year end), with the check that assets equal equity and liabilities, and that equity moved by the
 * year's result to date. Any member.
 */
export async function balanceSheetReport(
  ctx: TenantCtx,
  input: { date: string; compareDate?: string | undefined },
) {
  const compareDate = input.compareDate ?? `${Number(input.date.slice(0, 4)) - 1}-12-31`;
  const [current, previous] = await Promise.all([
    getBalances(ctx, input),
    getBalances(ctx, { date: compareDate }),
  ]);
  const sheet = current ? sheetView(balanceSheet({ date: input.date, lines: current.lines })) : null;
  const previousSheet = previous
    ? sheetView(balanceSheet({ date: compareDate, lines: previous.lines }))
    : null;
  let equityMovement: { opening: Ore; result: Ore; closing: Ore; difference: Ore } | null = null;
  const year = Number(input.date.slice(0, 4));
  const month = Number(input.date.slice(5, 7));
  const isMonthEnd = input.date === lastDayOfMonth(year, month);
  if (sheet && previousSheet && compareDate === `${year - 1}-12-31` && isMonthEnd) {
    const figures = await incomeFigures(ctx, year, month);
    if (figures) {
      const statement = incomeStatement({
        current: { period: period(year, month), figures: figures.figures },
      });
      const result = statement.rows.find((row) => row.row === 'result')?.current ?? (0 as Ore);
      const opening = previousSheet.sections.equity;
      const closing = sheet.sections.equity;
      equityMovement = {
        opening,
        result,
        closing,
        difference: equityMovementDifference({ opening, result, closing }),
      };
    }
  }
  return { date: input.date, compareDate, sheet, previous: previousSheet, equityMovement };
}
