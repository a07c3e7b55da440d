import { useQuery } from '@tanstack/react-query';
import { formatDate } from '../../lib/format.ts';
import { formatAmount } from './money-unit.ts';
import { bold, money } from './report-cells.ts';
import { ReportActions, reportState, useReportKit } from './report-kit.tsx';
import { AmountRow, ReportTable } from './report-table.tsx';
import { sheetHeading } from './statement-columns.ts';
import { downloadXlsx } from './table-file.ts';

/** The balance sheet at a date, beside the previous year end, with the balance and equity checks. */
export function BalanceSheetReport({ date }: { date: string }) {
  const { t, tenant, trpc, unit } = useReportKit();
  const state = reportState(
    useQuery(trpc.economy.reports.balanceSheet.queryOptions({ tenant: tenant.slug, date })),
  );
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
    const rows = sheetHeading(`${t('economy.reports.kinds.balanceSheet')} – ${tenant.name}`, headers);
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
        caption={t('economy.reports.balanceCaption', { unit })}
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
