import {
  type IncomeStatementRow,
  incomeStatementSection,
  negateOre,
  type Ore,
  type ReportFrame,
  type SourceResult,
} from '@samsyn/domain';
import type { TenantCtx } from '../../verb-context.ts';
import { incomeStatementOf, reportNotesOf } from '../period-statements.ts';
import { statementSpan, unavailable } from './economy-unavailable.ts';

/**
 * §3.1 Resultaträkning: the economy's income statement for the year to the period end beside the
 * previous year's same period, the Not column from the report's notes, and the booked figures'
 * difference from the actuals per line as a notice.
 */
export async function readIncomeStatementSource(ctx: TenantCtx, frame: ReportFrame): Promise<SourceResult> {
  const [report, notes] = await Promise.all([
    incomeStatementOf(ctx, frame.periodEnd),
    reportNotesOf(ctx, frame.reportId),
  ]);
  if (!report.statement)
    return unavailable(
      `Resultaträkningen för ${statementSpan(frame.periodEnd)} saknas: förbundet har varken bokfört resultat ` +
        'eller utfall för perioden.',
    );
  const figure = (row: IncomeStatementRow) =>
    report.statement?.rows.find((r) => r.row === row)?.current ?? (0 as Ore);
  const noteNumbers: Partial<Record<IncomeStatementRow, number>> = {};
  for (const note of notes)
    if (note.statementLine === 'revenue' || note.statementLine === 'costs')
      noteNumbers[note.statementLine] ??= note.number;
  return {
    status: 'ok',
    blocks: incomeStatementSection({
      statement: report.statement,
      noteNumbers,
      differences: report.differences,
      booked: { revenue: figure('revenue'), costs: negateOre(figure('costs')) },
    }),
  };
}
