import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { isMissingRecord } from '../../errors/is-missing-record.ts';
import { useSlug } from './shared.ts';

/** An application page whose address names nothing: says so, with a way back to the pipeline. */
export function ApplicationNotFound() {
  const { t } = useTranslation();
  const slug = useSlug();
  return (
    <div className="prose">
      <PageHeading titleParts={[t('notFound.title')]}>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={`/f/${slug}/ansokningar`}>{t('applicationPipeline.backToPipeline')}</Link>
      </p>
    </div>
  );
}

/** A failed load: "not found" for a wrong address (or a malformed id), otherwise the error page with a retry. */
export function ApplicationLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return isMissingRecord(error) ? <ApplicationNotFound /> : <ErrorPage error={error} onRetry={onRetry} />;
}
