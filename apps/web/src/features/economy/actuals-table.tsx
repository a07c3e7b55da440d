import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTranslation } from 'react-i18next';
import { ColumnHeaders, hiddenColumn, numberColumn } from '../../components/column-headers.tsx';
import type { Actual } from './actual-form.tsx';
import { actualsTotals } from './actuals-totals.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { UnitNote } from './unit-note.tsx';

type ActualsList = inferRouterOutputs<AppRouter>['economy']['actuals']['list'];

/** The year's actuals, with their sums (revenue and costs apart) and, for editors, row actions. */
export function ActualsTable({
  year,
  actuals,
  canEdit,
  onEdit,
  onRemove,
  onAllocate,
}: {
  year: number;
  actuals: ActualsList['actuals'];
  canEdit: boolean;
  onEdit: (actual: Actual) => void;
  onRemove: (actual: Actual) => void;
  /** Opens the split of an intervention-funds actual across interventions (issue 19). */
  onAllocate: (actual: Actual) => void;
}) {
  const { t } = useTranslation();
  const unit = useMoneyUnit();
  const totals = actualsTotals(actuals.map((actual) => ({ amount: actual.amount, kind: actual.lineKind })));
  return (
    <table className="economy-table">
      <caption>
        {t('economy.actuals.listCaption', { year })}
        <UnitNote />
      </caption>
      <ColumnHeaders
        columns={[
          t('economy.actuals.line'),
          t('economy.actuals.period'),
          numberColumn(t('economy.reports.actual')),
          t('economy.actuals.note'),
          ...(canEdit ? [hiddenColumn(t('economy.actuals.actions'))] : []),
        ]}
      />
      <tbody>
        {actuals.map((actual) => (
          <tr key={actual.id}>
            <th scope="row">{actual.lineName}</th>
            <td>{actual.period}</td>
            <td className="num">{formatAmount(actual.amount, unit)}</td>
            <td>{actual.note ?? ''}</td>
            {canEdit ? (
              <td className="economy-row-actions">
                <button type="button" className="button button--secondary" onClick={() => onEdit(actual)}>
                  {t('economy.actuals.edit')}
                  <span className="visually-hidden">{` ${actual.lineName} ${actual.period}`}</span>
                </button>
                {actual.lineCostKind === 'interventionFunds' ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onAllocate(actual)}
                  >
                    {t('economy.allocations.allocate')}
                    <span className="visually-hidden">{` ${actual.lineName} ${actual.period}`}</span>
                  </button>
                ) : null}
                <button type="button" className="button button--secondary" onClick={() => onRemove(actual)}>
                  {t('economy.common.remove')}
                  <span className="visually-hidden">{` ${actual.lineName} ${actual.period}`}</span>
                </button>
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
      <tfoot>
        {(['revenue', 'costs'] as const).map((side) => (
          <tr key={side} className="economy-report__total">
            <th scope="row" colSpan={2}>
              {t(side === 'revenue' ? 'economy.reports.totalRevenue' : 'economy.reports.totalCosts')}
            </th>
            <td className="num">{formatAmount(totals[side], unit)}</td>
            <td colSpan={canEdit ? 2 : 1} />
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
