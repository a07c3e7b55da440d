import { useTranslation } from 'react-i18next';
import { errorMessageOf } from '../lib/error-message.ts';

interface ErrorPanelProps {
  error: unknown;
  onRetry?: () => void;
  /** Off when the page's h1 already says that something went wrong. */
  hasTitle?: boolean;
}

/** Tells the user that loading failed, in words from the catalogue, with a way to try again. */
export function ErrorPanel({ error, onRetry, hasTitle = true }: ErrorPanelProps) {
  const { t } = useTranslation();
  const message = errorMessageOf(error);
  return (
    <div className="notice notice--error" role="alert">
      {hasTitle ? <h2 className="notice__title">{t('errors.title')}</h2> : null}
      <p>{t(message.key, message.values)}</p>
      {onRetry ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
