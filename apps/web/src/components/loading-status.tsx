import { useTranslation } from 'react-i18next';

/** A polite status message while something loads; screen readers announce it once. */
export function LoadingStatus() {
  const { t } = useTranslation();
  return (
    <p className="loading-status" role="status">
      <span className="loading-status__spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}
