import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { numberColumn } from '../../components/column-headers.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { EconomyDataTable } from './economy-data-table.tsx';
import { formatAmount, useMoneyUnit } from './money-unit.ts';

type ReconciliationView = inferRouterOutputs<AppRouter>['economy']['allocations']['reconciliation'];

/** Where an unallocated actual is fixed: its allocation editor on Utfall. */
export const allocationEditorPath = (slug: string, year: number, actualId: string) =>
  `/f/${slug}/ekonomi/utfall?ar=${year}&fordela=${actualId}`;

/**
 * "Avstämning" of a year's intervention funds: each intervention-funds actual against what is
 * allocated to interventions and local groups, and the funds budget against the interventions'
 * budgets. Every difference in kronor with a link to where it is fixed. Shown on Utfall; other
 * pages (Uppföljning Finsam) may place it as it is.
 */
export function ReconciliationPanel({ year }: { year: number }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const titleId = useId();
  const query = useQuery(trpc.economy.allocations.reconciliation.queryOptions({ tenant: tenant.slug, year }));
  return (
    <section className="reconciliation" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('economy.reconciliation.title')}</h2>
      <p>{t('economy.reconciliation.intro')}</p>
      <QueryState query={query}>{(data) => <ReconciliationBody view={data} />}</QueryState>
    </section>
  );
}

const amountColumns = ['amount', 'toInterventions', 'toLocalGroups', 'unallocated'] as const;

/** A row's (or the sum's) four amounts: the actual, what went to interventions and groups, the rest. */
function AmountCells({ amounts }: { amounts: Record<(typeof amountColumns)[number], number> }) {
  const unit = useMoneyUnit();
  return amountColumns.map((column) => (
    <td key={column} className="num">
      {formatAmount(amounts[column], unit)}
    </td>
  ));
}

function ReconciliationBody({ view }: { view: ReconciliationView }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const kr = (amount: number) => formatAmount(amount, 'kr');
  const caption = t('economy.reconciliation.caption', { year: view.year });
  return (
    <>
      <h3>{t('economy.reconciliation.differencesTitle')}</h3>
      {view.differences.length === 0 ? (
        <p>{t('economy.reconciliation.balanced')}</p>
      ) : (
        <ul className="reconciliation__differences">
          {view.differences.map((difference) =>
            difference.kind === 'unallocated' ? (
              <li key={difference.actualId}>
                {t('economy.reconciliation.unallocatedDifference', {
                  line: difference.lineName,
                  period: difference.period,
                  amount: kr(difference.amount),
                })}{' '}
                <Link to={allocationEditorPath(tenant.slug, view.year, difference.actualId)}>
                  {t('economy.reconciliation.fixUnallocated', {
                    line: difference.lineName,
                    period: difference.period,
                  })}
                </Link>
              </li>
            ) : (
              <li key="untied">
                {t(
                  difference.amount > 0
                    ? 'economy.reconciliation.untiedDifference'
                    : 'economy.reconciliation.overcommittedDifference',
                  {
                    funds: kr(view.interventionFundsBudget ?? 0),
                    budgets: kr(view.interventionBudgets),
                    amount: kr(Math.abs(difference.amount)),
                  },
                )}{' '}
                <Link to={`/f/${tenant.slug}/ekonomi?ar=${view.year}`}>
                  {t('economy.reconciliation.fixBudget', { year: view.year })}
                </Link>
                {', '}
                <Link to={`/f/${tenant.slug}/insatser`}>{t('economy.reconciliation.fixInterventions')}</Link>
              </li>
            ),
          )}
        </ul>
      )}
      {view.localGroupSpend.typed > 0 ? (
        <p>{t('economy.reconciliation.localGroupTyped', { amount: kr(view.localGroupSpend.typed) })}</p>
      ) : null}
      {view.rows.length === 0 ? (
        <p>{t('economy.reconciliation.none', { year: view.year })}</p>
      ) : (
        <EconomyDataTable
          title={caption}
          columns={[
            t('economy.reconciliation.line'),
            t('economy.reconciliation.period'),
            numberColumn(t('economy.reconciliation.actual')),
            numberColumn(t('economy.reconciliation.toInterventions')),
            numberColumn(t('economy.reconciliation.toLocalGroups')),
            numberColumn(t('economy.reconciliation.unallocated')),
          ]}
          rows={view.rows}
          rowKey={(row) => row.actualId}
          foot={
            <tr className="economy-report__total">
              <th scope="row" colSpan={2}>
                {t('economy.reconciliation.total')}
              </th>
              <AmountCells amounts={view.totals} />
            </tr>
          }
        >
          {(row) => (
            <>
              <th scope="row">{row.lineName}</th>
              <td>{row.period}</td>
              <AmountCells amounts={row} />
            </>
          )}
        </EconomyDataTable>
      )}
    </>
  );
}
