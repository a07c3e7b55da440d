import { type Budget, computeBudget, revenueKinds } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { AmountRow, ReportTable } from './report-table.tsx';

/**
 * The budget to read (viewers, and everyone's printout): names in full, each cost line's kind
 * (what Jämförelse counts it as), revenue and costs in their sections with their sums, and the
 * result. No inputs, so nothing is cut off.
 */
export function BudgetStatement({ budget, caption }: { budget: Budget; caption: string }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const totals = computeBudget(budget);
  const amountsOf = (amounts: readonly number[]) => amounts.map((amount) => formatAmount(amount, unit));
  const sections = [
    {
      key: 'revenue',
      label: t('economy.reports.revenue'),
      lines: budget.lines.filter((line) => revenueKinds.includes(line.kind)),
      total: { heading: t('economy.budget.revenue'), amounts: totals.map((row) => row.revenue) },
    },
    {
      key: 'costs',
      label: t('economy.reports.costs'),
      lines: budget.lines.filter((line) => !revenueKinds.includes(line.kind)),
      total: { heading: t('economy.budget.costs'), amounts: totals.map((row) => row.costs) },
    },
  ];
  return (
    <ReportTable
      caption={caption}
      headers={[t('economy.reports.line'), t('economy.budget.costKind'), ...budget.years.map(String)]}
      firstAmountColumn={2}
      sections={sections.map((section) => ({
        key: section.key,
        label: section.label,
        rows: (
          <>
            {section.lines.map((line) => (
              <tr key={line.code}>
                <th scope="row">{line.group ? `${line.name} (${line.group})` : line.name}</th>
                <td>{line.costKind ? t(`economy.costKinds.${line.costKind}`) : null}</td>
                {amountsOf(line.amounts).map((amount, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one cell per budget year, never reordered
                  <td key={column} className="num">
                    {amount}
                  </td>
                ))}
              </tr>
            ))}
            <AmountRow
              heading={section.total.heading}
              isTotal
              amounts={[null, ...amountsOf(section.total.amounts)]}
            />
          </>
        ),
      }))}
      footer={
        <AmountRow
          heading={t('economy.budget.result')}
          isTotal
          amounts={[null, ...amountsOf(totals.map((row) => row.result))]}
        />
      }
    />
  );
}
