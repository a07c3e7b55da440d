import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../lib/format.ts';
import { formatAmount } from './money-unit.ts';
import { bold, money } from './report-cells.ts';
import { ReportActions, reportState, useReportKit } from './report-kit.tsx';
import {
  amountColumn,
  revenueAndCostSections,
  shareColumn,
  sheetHeading,
  statementSheetRows,
} from './statement-columns.ts';
import { StatementTable } from './statement-sections.tsx';
import { downloadXlsx } from './table-file.ts';

/** The operating statement: budget against actuals per line through a month. */
export function OperatingStatementReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t, tenant, trpc, unit } = useReportKit();
  const state = reportState(
    useQuery(
      trpc.economy.reports.operatingStatement.queryOptions({ tenant: tenant.slug, year, throughMonth }),
    ),
  );
  if (!state.data) return state.element;
  const data = state.data;
  const date = formatDate(data.period.to);
  type Figures = (typeof data.costs)['total'];
  const sections = revenueAndCostSections<Figures>(t, data, ['costs', 'revenue']);
  const columns = [
    amountColumn(t('economy.reports.budget'), (line: Figures) => line.budget, unit),
    amountColumn(t('economy.reports.actualToDate', { date }), (line: Figures) => line.actual, unit),
    amountColumn(t('economy.reports.deviation'), (line: Figures) => line.deviation, unit),
    shareColumn(t('economy.reports.shareUsed'), (line: Figures) => line.shareUsedPercent),
  ];
  const headers = [t('economy.reports.line'), ...columns.map((column) => column.header)];
  async function exportXlsx() {
    const rows = [
      ...sheetHeading(`${t('economy.reports.kinds.operatingStatement')} ${year} – ${tenant.name}`, headers),
      ...statementSheetRows(sections, columns),
      [bold(t('economy.reports.result')), money(data.result.budget), money(data.result.actual)],
    ];
    await downloadXlsx(
      `driftredovisning-${tenant.slug}-${data.period.to}.xlsx`,
      t('economy.xlsxSheet.operatingStatement'),
      rows,
      [44, 16, 18, 18, 12],
    );
  }
  return (
    <>
      <p>{t('economy.reports.periodLabel', { from: formatDate(data.period.from), to: date })}</p>
      {!data.budget ? <p className="notice notice--warning">{t('economy.reports.noBudget')}</p> : null}
      {data.budget?.isPlanYear ? (
        <p className="notice notice--info">
          {t('economy.reports.planFigures', { year: data.budget.firstYear })}
        </p>
      ) : null}
      {!data.hasActuals ? <p className="empty-state">{t('economy.reports.noData')}</p> : null}
      <ReportActions onExport={exportXlsx} />
      <StatementTable
        caption={t('economy.reports.operatingCaption', { year, date })}
        headers={headers}
        sections={sections}
        columns={columns}
        result={[formatAmount(data.result.budget, unit), formatAmount(data.result.actual, unit), null, null]}
      />
    </>
  );
}
