import { formatMoney, type Ore } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/query-state.tsx';
import { formatShare } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { CardLink, CardValue, OverviewCard } from './overview-card.tsx';
import { monthName, percentOf, type YearSummary } from './overview-figures.ts';
import { useTenant } from './use-tenant.ts';
import { useTenantRole } from './use-tenant-role.ts';

const kronor = (amount: number) => formatMoney(amount as Ore, { decimals: 0 });
// One decimal for shares, the app's one rule for them.
const share = formatShare;

/**
 * The year's economy in three figures, all from the year-end forecast report (which holds the
 * budget, the actuals to date, the forecast and the equity goal): budget use, result against
 * budget, and equity against the förbund's goal.
 */
export function EconomyCards({ year }: { year: YearSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const throughMonth = year.lastActualMonth ?? 12;
  const forecast = useQuery(
    trpc.economy.reports.forecast.queryOptions({ tenant: tenant.slug, year: year.year, throughMonth }),
  );
  const economy = `/f/${tenant.slug}/ekonomi`;

  return (
    <>
      <OverviewCard title={t('overview.budgetUse')}>
        <QueryState query={forecast}>
          {(data) => {
            const costs = data.costs.total;
            const used = percentOf(costs.actualToDate, costs.budget);
            if (year.lastActualMonth === null)
              return (
                <>
                  <p>{t('overview.noActuals', { year: year.year })}</p>
                  {canEdit ? <CardLink to={`${economy}/utfall`}>{t('overview.toActuals')}</CardLink> : null}
                </>
              );
            if (used === null)
              return (
                <>
                  <p>{t('overview.noCostBudget', { year: year.year })}</p>
                  {canEdit ? <CardLink to={economy}>{t('overview.toBudget')}</CardLink> : null}
                </>
              );
            return (
              <>
                <CardValue>{t('overview.budgetUseValue', { percent: share(used) })}</CardValue>
                <p>
                  {t('overview.budgetUseThrough', {
                    month: monthName(throughMonth),
                    actual: kronor(costs.actualToDate),
                    budget: kronor(costs.budget),
                  })}
                </p>
                <CardLink to={`${economy}/rapporter`}>{t('overview.toReports')}</CardLink>
              </>
            );
          }}
        </QueryState>
      </OverviewCard>
      <OverviewCard title={t('overview.result')}>
        <QueryState query={forecast}>
          {(data) => (
            <>
              <CardValue>{t('overview.resultValue', { actual: kronor(data.result.actualToDate) })}</CardValue>
              <p>
                {t('overview.resultBudget', {
                  budget: kronor(data.result.budget),
                  forecast: kronor(data.result.forecast),
                })}
              </p>
              <CardLink to={`${economy}/bokslut`}>{t('overview.toForecast')}</CardLink>
            </>
          )}
        </QueryState>
      </OverviewCard>
      <OverviewCard title={t('overview.equity')}>
        <QueryState query={forecast}>
          {(data) => {
            const goal = data.equityGoal;
            if (!goal)
              return (
                <>
                  <p>{t('overview.equityUnknown')}</p>
                  <CardLink to={`${economy}/bokslut`}>{t('overview.toForecast')}</CardLink>
                </>
              );
            const limit = share(goal.limitPercent);
            return (
              <>
                <CardValue>{t('overview.equityValue', { share: share(goal.sharePercent) })}</CardValue>
                <p>{t(goal.isMet ? 'overview.equityGoalMet' : 'overview.equityGoalMissed', { limit })}</p>
                <CardLink to={`${economy}/bokslut`}>{t('overview.toForecast')}</CardLink>
              </>
            );
          }}
        </QueryState>
      </OverviewCard>
    </>
  );
}
