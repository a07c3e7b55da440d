import { balanceSheetSection, type ReportFrame, type SourceResult } from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { balanceSheetOf, reportNotesOf } from '../period-statements.ts';
import { unavailable } from './economy-unavailable.ts';

/**
 * §3.2 Balansräkning on the period end beside the previous year end, the Not column from the
 * report's notes on balance lines; a sheet that does not balance, or an equity that did not move by
 * the result, is a notice.
 */
export async function readBalanceSheetSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const [report, notes] = await Promise.all([
    balanceSheetOf(ctx, frame.periodEnd),
    reportNotesOf(ctx, frame.reportId),
  ]);
  if (!report.sheet)
    return unavailable(
      `Balansräkningen per ${frame.periodEnd} saknas: förbundet har inte fört in balanser för den dagen.`,
    );
  const noteNumbers: Record<string, number> = {};
  for (const note of notes)
    if (note.statementLine.startsWith('balance:'))
      noteNumbers[note.statementLine.slice('balance:'.length)] ??= note.number;
  return {
    status: 'ok',
    blocks: balanceSheetSection({
      sheet: report.sheet,
      previous: report.previous,
      compareDate: report.compareDate,
      noteNumbers,
      equityMovement: report.equityMovement,
    }),
  };
}
