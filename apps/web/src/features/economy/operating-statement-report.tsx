import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { bold, money, percentCell, ReportActions, reportState, shareText } from './report-kit.tsx';
import { AmountRow, ReportTable } from './report-table.tsx';
import { downloadXlsx, type XlsxCell } from './table-file.ts';

type Outputs = inferRouterOutputs<AppRouter>['economy']['reports'];

/** The operating statement: budget against actuals per line through a month. */
export function OperatingStatementReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const query = useQuery(
    trpc.economy.reports.operatingStatement.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  const state = reportState<Outputs['operatingStatement']>(query);
  if (!state.data) return state.element;
  const data = state.data;
  const date = formatDate(data.period.to);
  const headers = [
    t('economy.reports.line'),
    t('economy.reports.budget'),
    t('economy.reports.actualToDate', { date }),
    t('economy.reports.deviation'),
    t('economy.reports.shareUsed'),
  ];
  const sections = [
    {
      key: 'costs',
      label: t('economy.reports.costs'),
      total: t('economy.reports.totalCosts'),
      part: data.costs,
    },
    {
      key: 'revenue',
      label: t('economy.reports.revenue'),
      total: t('economy.reports.totalRevenue'),
      part: data.revenue,
    },
  ] as const;
  async function exportXlsx() {
    const rows: XlsxCell[][] = [
      [bold(`${t('economy.reports.kinds.operatingStatement')} ${year} – ${tenant.name}`)],
      headers.map(bold),
    ];
    for (const section of sections) {
      rows.push([bold(section.label)]);
      for (const line of section.part.lines)
        rows.push([
          line.name,
          money(line.budget),
          money(line.actual),
          money(line.deviation),
          percentCell(line.shareUsedPercent),
        ]);
      const total = section.part.total;
      rows.push([
        bold(section.total),
        money(total.budget),
        money(total.actual),
        money(total.deviation),
        percentCell(total.shareUsedPercent),
      ]);
    }
    rows.push([bold(t('economy.reports.result')), money(data.result.budget), money(data.result.actual)]);
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
      <ReportTable
        caption={t('economy.reports.operatingCaption', { year, date })}
        headers={headers}
        sections={sections.map((section) => ({
          key: section.key,
          label: section.label,
          rows: (
            <>
              {section.part.lines.map((line) => (
                <AmountRow
                  key={line.code}
                  heading={line.name}
                  amounts={[
                    formatAmount(line.budget, unit),
                    formatAmount(line.actual, unit),
                    formatAmount(line.deviation, unit),
                    shareText(line.shareUsedPercent),
                  ]}
                />
              ))}
              <AmountRow
                heading={section.total}
                isTotal
                amounts={[
                  formatAmount(section.part.total.budget, unit),
                  formatAmount(section.part.total.actual, unit),
                  formatAmount(section.part.total.deviation, unit),
                  shareText(section.part.total.shareUsedPercent),
                ]}
              />
            </>
          ),
        }))}
        footer={
          <AmountRow
            heading={t('economy.reports.result')}
            isTotal
            amounts={[
              formatAmount(data.result.budget, unit),
              formatAmount(data.result.actual, unit),
              null,
              null,
            ]}
          />
        }
      />
    </>
  );
}
