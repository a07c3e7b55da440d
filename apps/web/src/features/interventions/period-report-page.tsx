import { parsePeriod } from '@samsyn/domain';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
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
