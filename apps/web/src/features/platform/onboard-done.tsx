import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlatformOutbox } from '../team/use-outbox-readable.ts';

/** After onboarding: what happened, where the invitation went, and what to do next. */
export function OnboardDone({
  created,
  headingRef,
  onAnother,
}: {
  created: { name: string; email: string; slug: string };
  headingRef: React.Ref<HTMLHeadingElement>;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const isOutboxReadable = usePlatformOutbox().isSuccess;
  return (
    <div className="prose">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('administration.onboard.doneTitle')}
      </h2>
      <p className="notice" role="status">
        {t('administration.onboard.doneBody', { name: created.name, email: created.email })}
      </p>
      {isOutboxReadable ? (
        <p>
          {t('administration.onboard.doneOutbox')}{' '}
          <Link to="/plattform/utkorg">{t('administration.onboard.toOutbox')}</Link>
        </p>
      ) : null}
      <div className="button-row">
        <Link to="/plattform" className="button button--secondary">
          {t('administration.onboard.toList')}
        </Link>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {t('administration.onboard.another')}
        </button>
      </div>
    </div>
  );
}
