import { useTranslation } from 'react-i18next';
import { ErrorPanel } from './error-panel.tsx';
import { PageHeading } from './page-heading.tsx';

/** A whole page that failed to load: a heading that says so, the reason, and a retry button. */
export function ErrorPage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading titleParts={[t('errors.title')]}>{t('errors.title')}</PageHeading>
      <ErrorPanel error={error} hasTitle={false} {...(onRetry ? { onRetry } : {})} />
    </>
  );
}
