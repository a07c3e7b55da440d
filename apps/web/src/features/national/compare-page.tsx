import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { downloadCsv, downloadExcel, figureCell, formatFigure } from './format-figure.ts';
import './national.css';

/** `/f/:slug/jamforelse`: "Min förbund mot riket" — own figures beside the nation's and similar förbund. */
export function ComparePage() {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const comparison = useQuery({
    ...trpc.national.compare.queryOptions({ tenant: tenant.slug, year }),
    placeholderData: (previous) => previous,
  });
  const yearId = useId();
  const title = t('nationalViews.compareTitle');

  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <p>{t('nationalViews.compareIntro')}</p>
      {/* Where SAM006/SAM007 come from, and where to fix a line counted as the wrong kind. */}
      <p>
        {t('nationalViews.compareCostShares')}{' '}
        <Link to={`/f/${tenant.slug}/ekonomi`}>{t('nationalViews.compareCostSharesLink')}</Link>
      </p>
      <p>
        <Link to="/nationellt">{t('nationalViews.toOverview')}</Link> ·{' '}
        <Link to="/katalog">{t('nationalViews.toCatalogue')}</Link>
      </p>
      {comparison.isPending ? (
        <LoadingStatus />
      ) : comparison.isError ? (
        <ErrorPanel error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.data.year === null ? (
        <p>{t('nationalViews.noData')}</p>
      ) : (
        (() => {
          const data = comparison.data;
          const kpiOf = (id: string) => data.kpis.find((k) => k.id === id);
          const quartileText = (q: number | null) =>
            q === null ? '–' : t('nationalViews.quartileValue', { quartile: q });
          const rows = () => [
            [
              t('nationalViews.kpi'),
              t('nationalViews.own'),
              t('nationalViews.median'),
              t('nationalViews.q1'),
              t('nationalViews.q3'),
              t('nationalViews.quartile'),
              t('nationalViews.similarMedian'),
            ],
            ...data.rows.map((row) => [
              `${row.kpiId} ${kpiOf(row.kpiId)?.title ?? ''}`,
              row.own,
              figureCell(row.nation.median),
              figureCell(row.nation.q1),
              figureCell(row.nation.q3),
              row.quartile,
              figureCell(row.similar.median),
            ]),
          ];
          return (
            <>
              <div className="national-toolbar">
                <div className="field">
                  <label className="field__label" htmlFor={yearId}>
                    {t('nationalViews.year')}
                  </label>
                  <select
                    id={yearId}
                    className="field__input"
                    value={data.year ?? ''}
                    onChange={(event) => setYear(Number(event.target.value))}
                  >
                    {data.years.map((y) => (
                      <option key={y.year} value={y.year}>
                        {y.year}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <ScrollRegion label={t('nationalViews.compareCaption', { name: tenant.name, year: data.year })}>
                <table className="national-table">
                  <caption>
                    {t('nationalViews.compareCaption', { name: tenant.name, year: data.year })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('nationalViews.kpi')}</th>
                      <th scope="col" className="num">
                        {t('nationalViews.own')}
                      </th>
                      <th scope="col" className="num">
                        {t('nationalViews.median')}
                      </th>
                      <th scope="col" className="num">
                        {t('nationalViews.q1')}
                      </th>
                      <th scope="col" className="num">
                        {t('nationalViews.q3')}
                      </th>
                      <th scope="col">{t('nationalViews.quartile')}</th>
                      <th scope="col" className="num">
                        {t('nationalViews.similarMedian')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.map((row) => {
                      const kpi = kpiOf(row.kpiId);
                      const unit = kpi?.unit ?? 'count';
                      return (
                        <tr key={row.kpiId}>
                          <th scope="row">
                            {kpi?.title}
                            <details>
                              <summary>{t('nationalViews.definition', { id: row.kpiId })}</summary>
                              <p className="national-definition">{kpi?.definition}</p>
                            </details>
                          </th>
                          <td className="num">{formatFigure(row.own, unit)}</td>
                          <td className="num">{formatFigure(row.nation.median, unit)}</td>
                          <td className="num">{formatFigure(row.nation.q1, unit)}</td>
                          <td className="num">{formatFigure(row.nation.q3, unit)}</td>
                          <td>{quartileText(row.quartile)}</td>
                          <td className="num">{formatFigure(row.similar.median, unit)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </ScrollRegion>
              <div className="national-toolbar">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => downloadCsv(`jamforelse-${data.year}.csv`, rows())}
                >
                  {t('nationalViews.exportCsv')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void downloadExcel(`jamforelse-${data.year}.xlsx`, 'Jämförelse', rows())}
                >
                  {t('nationalViews.exportExcel')}
                </button>
              </div>
              <h2>{t('nationalViews.similarTitle')}</h2>
              <p>{t('nationalViews.similarIntro')}</p>
              {data.similarNamed.length === 0 ? (
                <p>{t('nationalViews.similarNoneNamed')}</p>
              ) : (
                <ul>
                  {data.similarNamed.map((named) => (
                    <li key={named.rank}>
                      {named.name}:{' '}
                      {named.figures
                        .map(
                          (f) =>
                            `${kpiOf(f.kpiId)?.title ?? f.kpiId} ${formatFigure(f.value, kpiOf(f.kpiId)?.unit ?? 'count')}`,
                        )
                        .join('; ')}
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        })()
      )}
    </>
  );
}
