import { useTranslation } from 'react-i18next';
import { isMissingRecord } from '../features/errors/is-missing-record.ts';
import { NotFoundPage, type WayBack } from '../features/errors/not-found-page.tsx';
import { ErrorPanel } from './error-panel.tsx';
import { PageHeading } from './page-heading.tsx';

/**
 * A whole page that failed to load: a heading that says so, the reason, and a retry button. When
 * the record the address names does not exist, the not-found page instead (with `back`, the way
 * back to the record's list): retrying cannot help.
 */
export function ErrorPage({
  error,
  onRetry,
  back,
}: {
  error: unknown;
  onRetry?: () => void;
  back?: WayBack;
}) {
  const { t } = useTranslation();
  if (isMissingRecord(error)) return <NotFoundPage back={back} />;
  return (
    <>
      <PageHeading titleParts={[t('errors.title')]}>{t('errors.title')}</PageHeading>
      <ErrorPanel error={error} hasTitle={false} {...(onRetry ? { onRetry } : {})} />
    </>
  );
}
