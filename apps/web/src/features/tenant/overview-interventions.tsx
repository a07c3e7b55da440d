import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { CardLink, CardValue, OverviewCard } from './overview-card.tsx';
import { interventionsWithGoalsAtRisk, latestReportedPeriod } from './overview-figures.ts';
import { useTenant } from './use-tenant.ts';

/**
 * Participants so far against the year's plan, and the interventions whose goals are at risk, both
 * for the latest period any intervention has reported (the period the reports open on).
 */
export function InterventionCards() {
  const { t } = useTranslation();
  return (
    <>
      <OverviewCard title={t('overview.participants')}>
        <WithReportedPeriod>{(period) => <ParticipantsCard period={period} />}</WithReportedPeriod>
      </OverviewCard>
      <OverviewCard title={t('overview.goalsAtRisk')}>
        <WithReportedPeriod>{(period) => <GoalsAtRiskCard period={period} />}</WithReportedPeriod>
      </OverviewCard>
    </>
  );
}

/** The latest reported period, once the interventions are loaded; a sentence when there is none. */
function WithReportedPeriod({ children }: { children: (period: string) => ReactNode }) {
  const { t } = useTranslation();
  const interventions = useInterventionList();
  return (
    <QueryState query={interventions}>
      {(list) => {
        const period = latestReportedPeriod(list.map((item) => item.latestPeriod));
        return period === null ? <p>{t('overview.participantsNone')}</p> : children(period);
      }}
    </QueryState>
  );
}

/** The förbund's interventions (one cached query for every part of the Översikt that needs them). */
export function useInterventionList() {
  const trpc = useTRPC();
  const tenant = useTenant();
  return useQuery(trpc.interventions.list.queryOptions({ tenant: tenant.slug, includeArchived: false }));
}

function ParticipantsCard({ period }: { period: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const report = useQuery(
    trpc.interventions.reports.uppfoljningFinsam.queryOptions({ tenant: tenant.slug, period }),
  );
  return (
    <QueryState query={report}>
      {(data) => {
        const totals = data.totals.individual;
        const planned = totals.plannedParticipants.total;
        return (
          <>
            <CardValue>
              {t('overview.participantsValue', { actual: formatNumber(totals.actualParticipants.total) })}
            </CardValue>
            <p>
              {planned > 0
                ? t('overview.participantsPlanned', { period, planned: formatNumber(planned) })
                : t('overview.participantsNonePlanned', { period })}
            </p>
            <CardLink to={`/f/${tenant.slug}/insatser/rapporter/uppfoljning-finsam?period=${period}`}>
              {t('overview.toFinsam', { period })}
            </CardLink>
          </>
        );
      }}
    </QueryState>
  );
}

function GoalsAtRiskCard({ period }: { period: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const report = useQuery(
    trpc.interventions.reports.goalsAndResults.queryOptions({ tenant: tenant.slug, period }),
  );
  return (
    <QueryState query={report}>
      {(data) => {
        const atRisk = interventionsWithGoalsAtRisk(data.rows);
        return (
          <>
            {atRisk.length === 0 ? (
              <p>{t('overview.goalsAtRiskNone', { period })}</p>
            ) : (
              <>
                <CardValue>{t('overview.goalsAtRiskValue', { count: atRisk.length })}</CardValue>
                <p>{t('overview.goalsAtRiskIntro', { period })}</p>
                <ul className="overview-card__list">
                  {atRisk.map((row) => (
                    <li key={row.interventionId}>
                      <Link to={`/f/${tenant.slug}/insatser/${row.interventionId}`}>{row.name}</Link>:{' '}
                      {t('overview.goalsAtRiskItem', { atRisk: row.atRisk, goals: row.goals })}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <CardLink to={`/f/${tenant.slug}/insatser/rapporter/mal-och-resultat?period=${period}`}>
              {t('overview.toGoals', { period })}
            </CardLink>
          </>
        );
      }}
    </QueryState>
  );
}
