import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Column, ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
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
          // One set of columns heads both the table and the exported file.
          const columns: Column[] = [
            t('nationalViews.kpi'),
            numberColumn(t('nationalViews.own')),
            numberColumn(t('nationalViews.median')),
            numberColumn(t('nationalViews.q1')),
            numberColumn(t('nationalViews.q3')),
            t('nationalViews.quartile'),
            numberColumn(t('nationalViews.similarMedian')),
          ];
          const rows = () => [
            columns.map((column) => (typeof column === 'string' ? column : column.label)),
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
                <FilterSelect
                  label={t('nationalViews.year')}
                  value={String(data.year)}
                  onChange={(value) => setYear(Number(value))}
                  choices={data.years.map((y) => ({ value: String(y.year), label: String(y.year) }))}
                />
              </div>
              <ScrollRegion label={t('nationalViews.compareCaption', { name: tenant.name, year: data.year })}>
                <table className="national-table">
                  <caption>
                    {t('nationalViews.compareCaption', { name: tenant.name, year: data.year })}
                  </caption>
                  <ColumnHeaders columns={columns} />
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
