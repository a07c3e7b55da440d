import { useQuery } from '@tanstack/react-query';
import { formatAmount } from './money-unit.ts';
import { money } from './report-cells.ts';
import { ReportActions, reportState, useReportKit } from './report-kit.tsx';
import { AmountRow, ReportTable } from './report-table.tsx';
import { sheetHeading } from './statement-columns.ts';
import { downloadXlsx } from './table-file.ts';

/** The income statement in the municipal form, this year beside the last. */
export function IncomeStatementReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t, tenant, trpc, unit } = useReportKit();
  const state = reportState(
    useQuery(trpc.economy.reports.incomeStatement.queryOptions({ tenant: tenant.slug, year, throughMonth })),
  );
  if (!state.data) return state.element;
  const data = state.data;
  const statement = data.statement;
  if (!statement) return <p className="empty-state">{t('economy.reports.noData')}</p>;
  const columnLabel = (period: { from: string; to: string }) => `${period.from} – ${period.to}`;
  const headers = [
    t('economy.reports.line'),
    columnLabel(statement.current),
    ...(statement.previous ? [columnLabel(statement.previous)] : []),
  ];
  async function exportXlsx() {
    if (!statement) return;
    const rows = sheetHeading(
      `${t('economy.reports.kinds.incomeStatement')} ${year} – ${tenant.name}`,
      headers,
    );
    for (const row of statement.rows)
      rows.push([
        t(`economy.reports.incomeRows.${row.row}`),
        money(row.current),
        ...(row.previous === undefined ? [] : [money(row.previous)]),
      ]);
    await downloadXlsx(
      `resultatrakning-${tenant.slug}-${statement.current.to}.xlsx`,
      t('economy.xlsxSheet.incomeStatement'),
      rows,
      [40, 24, 24],
    );
  }
  return (
    <>
      <p className="notice notice--info">
        {data.source === 'ledger' ? t('economy.reports.sourceLedger') : t('economy.reports.sourceActuals')}
      </p>
      {data.differences && (data.differences.revenue !== 0 || data.differences.costs !== 0) ? (
        <p className="notice notice--warning">
          {t('economy.reports.ledgerDifference', {
            revenue: formatAmount(data.differences.revenue, 'kr'),
            costs: formatAmount(data.differences.costs, 'kr'),
          })}
        </p>
      ) : null}
      <ReportActions onExport={exportXlsx} />
      <ReportTable
        caption={t('economy.reports.incomeCaption', { unit })}
        headers={headers}
        sections={[
          {
            key: 'rows',
            rows: statement.rows.map((row) => (
              <AmountRow
                key={row.row}
                heading={t(`economy.reports.incomeRows.${row.row}`)}
                isTotal={['netCost', 'resultAfterFinancialItems', 'result'].includes(row.row)}
                amounts={[
                  formatAmount(row.current, unit),
                  ...(statement.previous
                    ? [row.previous === undefined ? '' : formatAmount(row.previous, unit)]
                    : []),
                ]}
              />
            )),
          },
        ]}
      />
    </>
  );
}
