import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { formatAmount, type MoneyUnit, useMoneyUnit } from './money-unit.ts';
import { AmountRow, ReportTable } from './report-table.tsx';
import { downloadXlsx, type XlsxCell } from './table-file.ts';
import { ThroughMonthField, useEconomyYear, useThroughMonth, YearPicker } from './year-picker.tsx';

type Outputs = inferRouterOutputs<AppRouter>['economy']['reports'];
const reportKinds = ['operatingStatement', 'incomeStatement', 'balanceSheet', 'forecast'] as const;
type ReportKind = (typeof reportKinds)[number];

const money = (ore: number): XlsxCell => ({ value: ore / 100, isMoney: true });
const bold = (value: string): XlsxCell => ({ value, bold: true });
const percentCell = (value: number | null) => (value === null ? '' : `${formatNumber(value, true)}\u00a0%`);

/** `/f/:slug/ekonomi/rapporter`: the four reports, on screen, printable (A4) and as .xlsx. */
export function ReportsPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const [params] = useSearchParams();
  const { year, years, isReady } = useEconomyYear(tenant.slug);
  const kind = (reportKinds as readonly string[]).includes(params.get('rapport') ?? '')
    ? (params.get('rapport') as ReportKind)
    : 'operatingStatement';
  const throughMonth = useThroughMonth(year, years);
  const kindId = useId();
  return (
    <>
      <PageHeading titleParts={[t(`economy.reports.kinds.${kind}`), t('economy.title'), tenant.name]}>
        {`${t(`economy.reports.kinds.${kind}`)} ${year}`}
      </PageHeading>
      <p className="print-only">{tenant.name}</p>
      <YearPicker
        key={`${year}-${kind}-${throughMonth}`}
        year={year}
        years={years}
        extraParams={['rapport', 'manad']}
      >
        <div className="field field--inline">
          <label className="field__label" htmlFor={kindId}>
            {t('economy.reports.report')}
          </label>
          <select id={kindId} name="rapport" className="field__input" defaultValue={kind}>
            {reportKinds.map((option) => (
              <option key={option} value={option}>
                {t(`economy.reports.kinds.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <ThroughMonthField throughMonth={throughMonth} />
      </YearPicker>
      {!isReady ? (
        <LoadingStatus />
      ) : kind === 'operatingStatement' ? (
        <OperatingStatementReport year={year} throughMonth={throughMonth} />
      ) : kind === 'incomeStatement' ? (
        <IncomeStatementReport year={year} throughMonth={throughMonth} />
      ) : kind === 'balanceSheet' ? (
        <BalanceSheetReport date={lastDay(year, throughMonth)} />
      ) : (
        <ForecastReport year={year} throughMonth={throughMonth} />
      )}
    </>
  );
}

const lastDay = (year: number, month: number) => {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

function ReportActions({ onExport }: { onExport: () => Promise<void> }) {
  const { t } = useTranslation();
  const [isExporting, setIsExporting] = useState(false);
  return (
    <div className="economy-actions no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('economy.common.print')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isExporting}
        onClick={async () => {
          if (isExporting) return;
          setIsExporting(true);
          try {
            await onExport();
          } finally {
            setIsExporting(false);
          }
        }}
      >
        {isExporting ? t('economy.common.exporting') : t('economy.common.exportXlsx')}
      </button>
    </div>
  );
}

function reportState<T>(query: {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}) {
  if (query.isPending) return { element: <LoadingStatus />, data: null };
  if (query.isError)
    return { element: <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />, data: null };
  return { element: null, data: query.data as T };
}

function OperatingStatementReport({ year, throughMonth }: { year: number; throughMonth: number }) {
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
                    percentCell(line.shareUsedPercent),
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
                  percentCell(section.part.total.shareUsedPercent),
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

const unitLabel = (unit: MoneyUnit) => unit;

function IncomeStatementReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const query = useQuery(
    trpc.economy.reports.incomeStatement.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  const state = reportState<Outputs['incomeStatement']>(query);
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
    const rows: XlsxCell[][] = [
      [bold(`${t('economy.reports.kinds.incomeStatement')} ${year} – ${tenant.name}`)],
      headers.map(bold),
    ];
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
        caption={t('economy.reports.incomeCaption', { unit: unitLabel(unit) })}
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

function BalanceSheetReport({ date }: { date: string }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const query = useQuery(trpc.economy.reports.balanceSheet.queryOptions({ tenant: tenant.slug, date }));
  const state = reportState<Outputs['balanceSheet']>(query);
  if (!state.data) return state.element;
  const data = state.data;
  const sheet = data.sheet;
  if (!sheet)
    return <p className="empty-state">{t('economy.reports.noBalances', { date: formatDate(date) })}</p>;
  const previous = data.previous;
  const amountOn = (other: typeof previous, code: string) =>
    other?.lines.find((line) => line.code === code)?.amount;
  const sides = [
    {
      label: t('economy.reports.assets'),
      sections: ['fixedAssets', 'currentAssets'] as const,
      total: 'totalAssets' as const,
    },
    {
      label: t('economy.reports.equityAndLiabilities'),
      sections: ['equity', 'provisions', 'longTermLiabilities', 'currentLiabilities'] as const,
      total: 'totalEquityAndLiabilities' as const,
    },
  ];
  const headers = [
    t('economy.reports.line'),
    t('economy.reports.note'),
    data.date,
    ...(previous ? [data.compareDate] : []),
  ];
  async function exportXlsx() {
    if (!sheet) return;
    const rows: XlsxCell[][] = [
      [bold(`${t('economy.reports.kinds.balanceSheet')} – ${tenant.name}`)],
      headers.map(bold),
    ];
    for (const side of sides) {
      rows.push([bold(side.label)]);
      for (const section of side.sections)
        for (const line of sheet.lines.filter((l) => l.section === section)) {
          const before = amountOn(previous, line.code);
          rows.push([
            line.name,
            line.note ?? null,
            money(line.amount),
            before === undefined ? null : money(before),
          ]);
        }
      rows.push([
        bold(t(`economy.reports.${side.total}`)),
        null,
        money(sheet[side.total]),
        previous ? money(previous[side.total]) : null,
      ]);
    }
    await downloadXlsx(
      `balansrakning-${tenant.slug}-${data.date}.xlsx`,
      t('economy.xlsxSheet.balanceSheet'),
      rows,
      [44, 8, 18, 18],
    );
  }
  const check = (which: NonNullable<typeof previous>) =>
    which.isBalanced
      ? t('economy.reports.balanced')
      : t('economy.reports.notBalanced', {
          side:
            which.largerSide === 'assets' ? t('economy.reports.sideAssets') : t('economy.reports.sideEquity'),
          amount: formatAmount(Math.abs(which.difference), 'kr'),
        });
  return (
    <>
      <p className={`notice ${sheet.isBalanced ? 'notice--success' : 'notice--error'}`}>{check(sheet)}</p>
      {data.equityMovement ? (
        <p
          className={`notice ${data.equityMovement.difference === 0 ? 'notice--success' : 'notice--warning'}`}
        >
          {data.equityMovement.difference === 0
            ? t('economy.reports.equityMovementOk')
            : t('economy.reports.equityMovementDiff', {
                difference: formatAmount(data.equityMovement.difference, 'kr'),
              })}
        </p>
      ) : null}
      <ReportActions onExport={exportXlsx} />
      <ReportTable
        caption={t('economy.reports.balanceCaption', { unit: unitLabel(unit) })}
        headers={headers}
        firstAmountColumn={2}
        sections={sides.map((side) => ({
          key: side.total,
          label: side.label,
          rows: (
            <>
              {side.sections.flatMap((section) =>
                sheet.lines
                  .filter((line) => line.section === section)
                  .map((line) => {
                    const before = amountOn(previous, line.code);
                    return (
                      <tr key={line.code}>
                        <th scope="row">{line.name}</th>
                        <td>{line.note ?? ''}</td>
                        <td className="num">{formatAmount(line.amount, unit)}</td>
                        {previous ? (
                          <td className="num">{before === undefined ? '' : formatAmount(before, unit)}</td>
                        ) : null}
                      </tr>
                    );
                  }),
              )}
              <AmountRow
                heading={t(`economy.reports.${side.total}`)}
                isTotal
                amounts={[
                  null,
                  formatAmount(sheet[side.total], unit),
                  ...(previous ? [formatAmount(previous[side.total], unit)] : []),
                ]}
              />
            </>
          ),
        }))}
      />
    </>
  );
}

function ForecastReport({ year, throughMonth }: { year: number; throughMonth: number }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const unit = useMoneyUnit();
  const query = useQuery(
    trpc.economy.reports.forecast.queryOptions({ tenant: tenant.slug, year, throughMonth }),
  );
  const state = reportState<Outputs['forecast']>(query);
  if (!state.data) return state.element;
  const data = state.data;
  const date = formatDate(lastDay(year, throughMonth));
  const headers = [
    t('economy.reports.line'),
    t('economy.reports.budget'),
    t('economy.reports.actualToDate', { date }),
    t('economy.reports.forecast'),
    t('economy.reports.deviation'),
  ];
  const sections = [
    {
      key: 'revenue',
      label: t('economy.reports.revenue'),
      total: t('economy.reports.totalRevenue'),
      part: data.revenue,
    },
    {
      key: 'costs',
      label: t('economy.reports.costs'),
      total: t('economy.reports.totalCosts'),
      part: data.costs,
    },
  ] as const;
  const goal = data.equityGoal;
  const percent = (value: number) => `${formatNumber(value, true)}\u00a0%`;
  async function exportXlsx() {
    const rows: XlsxCell[][] = [
      [bold(`${t('economy.reports.kinds.forecast')} ${year} – ${tenant.name}`)],
      headers.map(bold),
    ];
    for (const section of sections) {
      rows.push([bold(section.label)]);
      for (const line of section.part.lines)
        rows.push([
          line.name,
          money(line.budget),
          money(line.actualToDate),
          money(line.forecast),
          money(line.deviation),
        ]);
      const total = section.part.total;
      rows.push([
        bold(section.total),
        money(total.budget),
        money(total.actualToDate),
        money(total.forecast),
        money(total.deviation),
      ]);
    }
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
        `${goal.percentRounded} %`,
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
      <ReportTable
        caption={t('economy.reports.forecastCaption', { year, date })}
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
                    formatAmount(line.actualToDate, unit),
                    formatAmount(line.forecast, unit),
                    formatAmount(line.deviation, unit),
                  ]}
                />
              ))}
              <AmountRow
                heading={section.total}
                isTotal
                amounts={[
                  formatAmount(section.part.total.budget, unit),
                  formatAmount(section.part.total.actualToDate, unit),
                  formatAmount(section.part.total.forecast, unit),
                  formatAmount(section.part.total.deviation, unit),
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
              formatAmount(data.result.actualToDate, unit),
              formatAmount(data.result.forecast, unit),
              null,
            ]}
          />
        }
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
                share: `${goal.percentRounded}\u00a0%`,
                revenue: formatAmount(goal.budgetedRevenue, unit),
                limit: percent(goal.limitPercent),
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
