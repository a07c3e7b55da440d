import { parsePeriod } from '@samsyn/domain';
import type { UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { useTenant } from '../tenant/use-tenant.ts';
import { InterventionNotFound } from './intervention-not-found.tsx';
import { useReportPeriod } from './report-period.tsx';
import { InterventionsSubnav } from './shared.tsx';

/**
 * A period report's page (Mål och resultat, Uppföljning Finsam): the heading names the period,
 * then the subnav, an optional introduction, and the body once the period is known. A period in
 * the address that cannot be one names no report. The body is keyed by the period, so choosing
 * another starts it afresh.
 */
export function PeriodReportPage({
  report,
  intro,
  children,
}: {
  report: 'finsam' | 'results';
  intro?: string;
  children: (period: string) => ReactNode;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const period = useReportPeriod();
  if (period !== null && parsePeriod(period) === null) return <InterventionNotFound />;
  const title = t(`interventions.reports.${report}.title`);
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>
        {period ? t(`interventions.reports.${report}.heading`, { period }) : title}
      </PageHeading>
      <InterventionsSubnav />
      {intro ? <p>{intro}</p> : null}
      {period === null ? <LoadingStatus /> : <Fragment key={period}>{children(period)}</Fragment>}
    </>
  );
}

/**
 * The printable report once its data is in (loading and failure in between): who and which
 * period it is for, the note that demo figures are estimates where there are any, then the
 * report's own sections.
 */
export function ReportDocument<Data extends { forbundName: string; demoEstimateIds: readonly string[] }>({
  query,
  period,
  isLandscape = false,
  children,
}: {
  query: UseQueryResult<Data, unknown>;
  period: string;
  isLandscape?: boolean;
  children: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <QueryState query={query}>
      {(data) => (
        <div className={isLandscape ? 'insatser-report insatser-report--landscape' : 'insatser-report'}>
          <p className="insatser-report__meta">
            {t('interventions.reports.generated', { forbund: data.forbundName, period })}
          </p>
          {data.demoEstimateIds.length > 0 ? (
            <p className="notice">{t('interventions.common.demoEstimateNote')}</p>
          ) : null}
          {children(data)}
        </div>
      )}
    </QueryState>
  );
}
