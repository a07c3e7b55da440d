import { todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { MemberList } from './member-list.tsx';
import { ChangesSection } from './overview-changes.tsx';
import { DueSection } from './overview-due.tsx';
import { EconomyCards } from './overview-economy.tsx';
import { latestReportedPeriod, overviewYear } from './overview-figures.ts';
import { InterventionCards, useInterventionList } from './overview-interventions.tsx';
import { useTenant } from './use-tenant.ts';
import { useTenantRole } from './use-tenant-role.ts';
import './overview.css';

/**
 * `/f/:slug`: the förbund at a glance. It leads with the year's key figures (each linking to its
 * page), then what is due, the latest changes (admins), and the members. Everything comes from
 * the reports the other pages use; a board member (viewer) sees the same figures without the
 * prompts to enter anything.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const isAdmin = useTenantRole('admin');
  const headingId = useId();
  const years = useQuery(trpc.economy.years.list.queryOptions({ tenant: tenant.slug }));
  const interventions = useInterventionList();
  const currentYear = Number(todayInSweden().slice(0, 4));

  return (
    <>
      <PageHeading titleParts={[t('overview.title'), tenant.name]}>{t('overview.title')}</PageHeading>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('overview.tenant')}</dt>
          <dd>{tenant.name}</dd>
        </div>
        {tenant.orgNumber ? (
          <div className="facts__item">
            <dt>{t('overview.orgNumber')}</dt>
            <dd>{tenant.orgNumber}</dd>
          </div>
        ) : null}
        <div className="facts__item">
          <dt>{t('overview.yourRole')}</dt>
          <dd>{t(`roles.${tenant.role}`)}</dd>
        </div>
      </dl>
      <QueryState query={years}>
        {(data) => {
          const year = overviewYear(data.years, currentYear);
          return (
            <section className="overview-section" aria-labelledby={headingId}>
              <h2 id={headingId}>{t('overview.keyFiguresTitle', { year: year.year })}</h2>
              <p>{t('overview.keyFiguresIntro')}</p>
              <ul className="overview-cards">
                <EconomyCards year={year} />
                <InterventionCards />
              </ul>
            </section>
          );
        }}
      </QueryState>
      <QueryState query={interventions}>
        {(list) => (
          <DueSection reportedPeriod={latestReportedPeriod(list.map((item) => item.latestPeriod))} />
        )}
      </QueryState>
      {isAdmin ? <ChangesSection /> : null}
      <MemberList members={tenant.members} />
    </>
  );
}
