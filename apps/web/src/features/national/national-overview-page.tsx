import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { Counties, KeyFigures, Trend } from './national-sections.tsx';
import './national.css';
import { syntheticInYear } from './synthetic-in-year.ts';

/** `/nationellt`: the national overview, for the network and every förbund user. */
export function NationalOverviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const overview = useQuery({
    ...trpc.national.overview.queryOptions({ year }),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <PageHeading titleParts={[t('nationalViews.title')]}>{t('nationalViews.title')}</PageHeading>
      <p>{t('nationalViews.intro')}</p>
      <p>{t('nationalViews.privacy')}</p>
      <p>
        <Link to="/katalog">{t('nationalViews.toCatalogue')}</Link>
      </p>
      <p>
        <Link to="/nationellt/nns">{t('nns.national.link')}</Link>
      </p>
      {overview.isPending ? (
        <LoadingStatus />
      ) : overview.isError ? (
        <ErrorPanel error={overview.error} onRetry={() => void overview.refetch()} />
      ) : overview.data.year === null ? (
        <p>{t('nationalViews.noData')}</p>
      ) : (
        <>
          {syntheticInYear(overview.data) > 0 ? (
            <p className="notice">
              {t('nationalViews.syntheticNotice', { count: syntheticInYear(overview.data) })}
            </p>
          ) : null}
          <div className="national-toolbar">
            <FilterSelect
              label={t('nationalViews.year')}
              value={String(overview.data.year)}
              onChange={(chosen) => setYear(Number(chosen))}
              choices={overview.data.years.map((y) => ({ value: String(y.year), label: String(y.year) }))}
            />
          </div>
          <KeyFigures year={overview.data.year} kpis={overview.data.kpis} figures={overview.data.national} />
          <Trend kpis={overview.data.kpis} trend={overview.data.trend} />
          <Counties year={overview.data.year} kpis={overview.data.kpis} counties={overview.data.counties} />
          <p>{t('nationalViews.suppressedLegend')}</p>
        </>
      )}
    </>
  );
}
