import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { NotFoundPage } from './not-found-page.tsx';

/**
 * What the router shows when a route fails to render or its code fails to load (typically a
 * chunk that a new deployment replaced): an apology and a reload, which fetches the new version.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <div className="prose">
      <PageHeading titleParts={[t('errors.title')]}>{t('errors.title')}</PageHeading>
      <div className="notice notice--error" role="alert">
        <p>{t('errors.generic')}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('app.retry')}
        </button>
      </div>
    </div>
  );
}
