import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnHeaders, numberColumn } from '../../components/column-headers.tsx';
import { FilterSelect } from '../../components/filter-field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { formatNnsScore } from '../plan/nns/nns-format.ts';
import './national.css';

/**
 * `/nationellt/nns`: per NNS statement and year, how the förbund's own results are distributed
 * (median and quartiles over förbund, ".." with fewer than three behind them) beside NNS's
 * national figure. For the network and every förbund user; aggregates only.
 */
export function NnsNationalPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [year, setYear] = useState<number | undefined>(undefined);
  const query = useQuery({
    ...trpc.nns.national.queryOptions({ year }),
    placeholderData: (previous) => previous,
  });
  const title = t('nns.national.title');
  return (
    <>
      <PageHeading titleParts={[title, t('nationalViews.title')]}>{title}</PageHeading>
      <p>
        <Link to="/nationellt">{t('nationalViews.title')}</Link>
      </p>
      <p>{t('nns.national.intro')}</p>
      <QueryState query={query}>
        {(data) =>
          data.year === null ? (
            <p>{t('nns.national.noYears')}</p>
          ) : (
            <>
              <div className="national-toolbar">
                <FilterSelect
                  label={t('nns.national.year')}
                  value={String(data.year)}
                  onChange={(chosen) => setYear(Number(chosen))}
                  choices={data.years.map((y) => ({ value: String(y), label: String(y) }))}
                />
              </div>
              <ScrollRegion label={t('nns.national.caption', { year: data.year })}>
                <table className="national-table">
                  <caption>{t('nns.national.caption', { year: data.year })}</caption>
                  <ColumnHeaders
                    columns={[
                      t('nns.national.columns.code'),
                      t('nns.national.columns.questionnaire'),
                      t('nns.national.columns.statement'),
                      numberColumn(t('nns.national.columns.forbund')),
                      numberColumn(t('nns.national.columns.q1')),
                      numberColumn(t('nns.national.columns.median')),
                      numberColumn(t('nns.national.columns.q3')),
                      numberColumn(t('nns.national.columns.national')),
                    ]}
                  />
                  <tbody>
                    {data.indicators.map((indicator) => (
                      <tr key={indicator.code}>
                        <th scope="row">{indicator.code}</th>
                        <td>{t(`nns.questionnaires.${indicator.questionnaire}`)}</td>
                        <td>{indicator.text}</td>
                        <td className="num">{indicator.forbund}</td>
                        <td className="num">{formatNnsScore(indicator.q1)}</td>
                        <td className="num">{formatNnsScore(indicator.median)}</td>
                        <td className="num">{formatNnsScore(indicator.q3)}</td>
                        <td className="num">{formatNnsScore(indicator.nationalValue)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </ScrollRegion>
            </>
          )
        }
      </QueryState>
    </>
  );
}
