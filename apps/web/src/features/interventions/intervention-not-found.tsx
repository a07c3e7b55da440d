import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPage } from '../../components/error-page.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { isMissingRecord } from '../errors/is-missing-record.ts';
import { useSlug } from './shared.tsx';

/** An intervention page whose address names nothing: says so, with a way back to the register. */
export function InterventionNotFound() {
  const { t } = useTranslation();
  const slug = useSlug();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('notFound.title')]}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={`/f/${slug}/insatser`}>{t('interventions.common.backToRegister')}</Link>
      </p>
    </div>
  );
}

/** A page's failed load: "not found" for a wrong address, otherwise the error page with a retry. */
export function InterventionLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return isMissingRecord(error) ? <InterventionNotFound /> : <ErrorPage error={error} onRetry={onRetry} />;
}
