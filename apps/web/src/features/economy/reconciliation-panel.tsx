import type { AppRouter } from '@samsyn/api';
import { useQuery } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { formatAmount, useMoneyUnit } from './money-unit.ts';
import { UnitNote } from './unit-note.tsx';

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

function ReconciliationBody({ view }: { view: ReconciliationView }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const unit = useMoneyUnit();
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
        <ScrollRegion label={caption}>
          <table className="economy-table">
            <caption>
              {caption}
              <UnitNote />
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.reconciliation.line')}</th>
                <th scope="col">{t('economy.reconciliation.period')}</th>
                <th scope="col" className="num">
                  {t('economy.reconciliation.actual')}
                </th>
                <th scope="col" className="num">
                  {t('economy.reconciliation.toInterventions')}
                </th>
                <th scope="col" className="num">
                  {t('economy.reconciliation.toLocalGroups')}
                </th>
                <th scope="col" className="num">
                  {t('economy.reconciliation.unallocated')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.rows.map((row) => (
                <tr key={row.actualId}>
                  <th scope="row">{row.lineName}</th>
                  <td>{row.period}</td>
                  <td className="num">{formatAmount(row.amount, unit)}</td>
                  <td className="num">{formatAmount(row.toInterventions, unit)}</td>
                  <td className="num">{formatAmount(row.toLocalGroups, unit)}</td>
                  <td className="num">{formatAmount(row.unallocated, unit)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="economy-report__total">
                <th scope="row" colSpan={2}>
                  {t('economy.reconciliation.total')}
                </th>
                <td className="num">{formatAmount(view.totals.amount, unit)}</td>
                <td className="num">{formatAmount(view.totals.toInterventions, unit)}</td>
                <td className="num">{formatAmount(view.totals.toLocalGroups, unit)}</td>
                <td className="num">{formatAmount(view.totals.unallocated, unit)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
