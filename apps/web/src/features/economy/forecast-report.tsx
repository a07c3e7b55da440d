import { formatPercent, ratio } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { formatDate, formatShare } from '../../lib/format.ts';
import { formatAmount } from './money-unit.ts';
import { bold, lastDay, money } from './report-cells.ts';
import { ReportActions, reportState, useReportKit } from './report-kit.tsx';
import {
  amountColumn,
  revenueAndCostSections,
  sheetHeading,
  statementSheetRows,
} from './statement-columns.ts';
import { StatementTable } from './statement-sections.tsx';
import { downloadXlsx } from './table-file.ts';

/** The year-end forecast per line, the balance requirement and the equity goal. */
export function ForecastReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t, tenant, trpc, unit } = useReportKit();
  const state = reportState(
    useQuery(trpc.economy.reports.forecast.queryOptions({ tenant: tenant.slug, year, throughMonth })),
  );
  if (!state.data) return state.element;
  const data = state.data;
  const date = formatDate(lastDay(year, throughMonth));
  type Figures = (typeof data.revenue)['total'];
  const sections = revenueAndCostSections<Figures>(t, data, ['revenue', 'costs']);
  const columns = [
    amountColumn(t('economy.reports.budget'), (line: Figures) => line.budget, unit),
    amountColumn(t('economy.reports.actualToDate', { date }), (line: Figures) => line.actualToDate, unit),
    amountColumn(t('economy.reports.forecast'), (line: Figures) => line.forecast, unit),
    amountColumn(t('economy.reports.deviation'), (line: Figures) => line.deviation, unit),
  ];
  const headers = [t('economy.reports.line'), ...columns.map((column) => column.header)];
  const goal = data.equityGoal;
  async function exportXlsx() {
    const rows = [
      ...sheetHeading(`${t('economy.reports.kinds.forecast')} ${year} – ${tenant.name}`, headers),
      ...statementSheetRows(sections, columns),
    ];
    rows.push([
      bold(t('economy.reports.result')),
      money(data.result.budget),
      money(data.result.actualToDate),
      money(data.result.forecast),
    ]);
    if (data.equity) {
      rows.push([t('economy.reports.openingEquity'), null, null, money(data.equity.opening)]);
      rows.push([t('economy.reports.closingEquity'), null, null, money(data.equity.closingForecast)]);
    }
    if (goal)
      rows.push([
        t('economy.reports.equityGoalTitle'),
        null,
        null,
        { value: Number(goal.equity) / Number(goal.budgetedRevenue), isPercent: true },
        goal.isMet
          ? t('economy.reports.goalMet')
          : t('economy.reports.goalMissed', { excess: formatAmount(goal.excess, 'kr') }),
      ]);
    await downloadXlsx(
      `prognos-${tenant.slug}-${year}.xlsx`,
      t('economy.xlsxSheet.forecast'),
      rows,
      [44, 16, 18, 16, 18],
    );
  }
  return (
    <>
      <p>{t('economy.reports.forecastDefault')}</p>
      <ReportActions onExport={exportXlsx} />
      <StatementTable
        caption={t('economy.reports.forecastCaption', { year, date })}
        headers={headers}
        sections={sections}
        columns={columns}
        result={[
          formatAmount(data.result.budget, unit),
          formatAmount(data.result.actualToDate, unit),
          formatAmount(data.result.forecast, unit),
          null,
        ]}
      />
      <section aria-labelledby="equity-goal-title" className="economy-goal">
        <h2 id="equity-goal-title">{t('economy.reports.equityGoalTitle')}</h2>
        {data.equity ? (
          <dl className="economy-facts">
            <div>
              <dt>{t('economy.reports.openingEquity')}</dt>
              <dd>{formatAmount(data.equity.opening, unit)}</dd>
            </div>
            <div>
              <dt>{t('economy.reports.closingEquity')}</dt>
              <dd>{formatAmount(data.equity.closingForecast, unit)}</dd>
            </div>
          </dl>
        ) : null}
        {goal ? (
          <>
            <p>
              {t('economy.reports.equityGoal', {
                equity: formatAmount(goal.equity, unit),
                share: formatPercent(ratio(goal.equity, goal.budgetedRevenue), { decimals: 1 }),
                revenue: formatAmount(goal.budgetedRevenue, unit),
                limit: formatShare(goal.limitPercent),
                limitAmount: formatAmount(goal.limitAmount, unit),
              })}
            </p>
            <p className={`notice ${goal.isMet ? 'notice--success' : 'notice--error'}`}>
              {goal.isMet
                ? t('economy.reports.goalMet')
                : t('economy.reports.goalMissed', { excess: formatAmount(goal.excess, unit) })}
            </p>
          </>
        ) : (
          <p className="notice notice--warning">{t('economy.reports.noOpeningEquity')}</p>
        )}
      </section>
    </>
  );
}
