import { type Budget, computeBudget } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { UnitNote } from './unit-note.tsx';

/** The budget's totals per year (revenue, costs, result, use of equity) and any "varav" that does not add up. */
export function BudgetTotals({ budget }: { budget: Budget }) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const totals = computeBudget(budget);
  return (
    <>
      <ScrollRegion label={t('economy.budget.totalsCaption')}>
        <table className="economy-table">
          <caption>
            {t('economy.budget.totalsCaption')}
            <UnitNote />
          </caption>
          <thead>
            <tr>
              <td />
              {totals.map((row) => (
                <th key={row.year} scope="col" className="num">
                  {row.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['revenue', 'costs', 'result', 'useOfEquity'] as const).map((field) => (
              <tr key={field}>
                <th scope="row">{t(`economy.budget.${field}`)}</th>
                {totals.map((row) => (
                  <td key={row.year} className="num">
                    {formatAmount(row[field], unit)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {totals.flatMap((row) =>
        row.ofWhichDeviations.map((deviation) => (
          <p key={`${row.year}-${deviation.lineCode}`} className="notice notice--warning">
            {t('economy.budget.ofWhichDeviation', {
              name: budget.lines.find((line) => line.code === deviation.lineCode)?.name ?? deviation.lineCode,
              year: row.year,
              amount: formatAmount(deviation.difference, unit),
            })}
          </p>
        )),
      )}
    </>
  );
}
