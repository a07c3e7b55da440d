import { type MethodTagId, methodTagLabel, type TargetGroupId, targetGroupLabel } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { isMissingRecord } from '../errors/is-missing-record.ts';
import { NotFoundPage } from '../errors/not-found-page.tsx';
import { formatFigure } from './format-figure.ts';
import './national.css';

/** `/katalog/:id`: one published intervention. */
export function CatalogueEntryPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { id = '' } = useParams();
  const entry = useQuery(trpc.catalogue.get.queryOptions({ id }));
  if (entry.isPending) return <LoadingStatus />;
  if (entry.isError && isMissingRecord(entry.error))
    return (
      <NotFoundPage
        detail={
          <p>
            {t('errors.catalogue.notFound')} <Link to="/katalog">{t('nationalViews.backToCatalogue')}</Link>
          </p>
        }
      />
    );
  if (entry.isError)
    return (
      <>
        <PageHeading titleParts={[t('nationalViews.catalogueTitle')]}>
          {t('nationalViews.catalogueTitle')}
        </PageHeading>
        <ErrorPanel error={entry.error} />
        <Link to="/katalog">{t('nationalViews.backToCatalogue')}</Link>
      </>
    );
  const e = entry.data;
  const figures = e.headlineFigures;
  return (
    <>
      <PageHeading titleParts={[e.name, t('nationalViews.catalogueTitle')]}>{e.name}</PageHeading>
      <p>
        <Link to="/katalog">{t('nationalViews.backToCatalogue')}</Link>
      </p>
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('nationalViews.publisher')}</dt>
          <dd>{e.publisherName}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('nationalViews.catalogueKind')}</dt>
          <dd>
            {t(e.kind === 'individual' ? 'nationalViews.kindIndividual' : 'nationalViews.kindStructural')}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('nationalViews.catalogueStatus')}</dt>
          <dd>{t(`nationalViews.status.${e.status}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('nationalViews.period')}</dt>
          <dd>
            {e.startDate ? formatDate(e.startDate) : '–'} – {e.endDate ? formatDate(e.endDate) : ''}
          </dd>
        </div>
        <div className="facts__item">
          <dt>{t('nationalViews.lead')}</dt>
          <dd>{e.leadOrganisation}</dd>
        </div>
      </dl>
      <h2>{t('nationalViews.description')}</h2>
      <p>{e.description || '–'}</p>
      <h2>{t('nationalViews.catalogueTargetGroup')}</h2>
      <ul>
        {e.targetGroupIds.map((id) => (
          <li key={id}>{targetGroupLabel(id as TargetGroupId)}</li>
        ))}
      </ul>
      {e.targetGroupText ? <p>{e.targetGroupText}</p> : null}
      <h2>{t('nationalViews.catalogueMethod')}</h2>
      <ul>
        {[...e.methodTagIds.map((id) => methodTagLabel(id as MethodTagId)), ...e.freeTags].map((label) => (
          <li key={label}>{label}</li>
        ))}
      </ul>
      <h2>{t('nationalViews.partners')}</h2>
      <p>{e.partnerNames.join(', ') || '–'}</p>
      <h2>{t('nationalViews.results')}</h2>
      <p>{e.resultsText || '–'}</p>
      <h2>{t('nationalViews.headlineFigures', { year: figures.year ?? '–' })}</h2>
      <table className="national-table">
        <caption>{t('nationalViews.headlineCaption')}</caption>
        <tbody>
          {(
            [
              ['participants', figures.participants],
              ['women', figures.women],
              ['men', figures.men],
              ['otherUnknown', figures.otherUnknown],
              ['ended', figures.ended],
            ] as const
          ).map(([key, value]) => (
            <tr key={key}>
              <th scope="row">{t(`nationalViews.headline.${key}`)}</th>
              <td className="num">{formatFigure(value, 'count')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('nationalViews.headline.reached')}</th>
            <td className="num">{formatFigure(figures.reached, 'count')}</td>
          </tr>
          <tr>
            <th scope="row">{t('nationalViews.headline.spend')}</th>
            <td className="num">{formatFigure(figures.spendKronor, 'kr')}</td>
          </tr>
        </tbody>
      </table>
      <p>{t('nationalViews.suppressedLegend')}</p>
    </>
  );
}
