import type { AppRouter } from '@samsyn/api';
import type { UseQueryResult } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { isOutboxDisabled } from '../team/use-outbox-readable.ts';
import '../team/admin.css';

type Mail = inferRouterOutputs<AppRouter>['outbox']['list'][number];

/** The API blanks out invitation secrets with this; such a link leads nowhere, so it stays text. */
const REDACTED_SECRET = '••••••';

/** Links in a mail's text become links on screen; the rest (and blanked-out links) stays text. */
function linkify(text: string) {
  let offset = 0;
  return text.split(/(https?:\/\/[^\s]+)/g).map((part) => {
    const key = `at-${offset}`;
    offset += part.length;
    return /^https?:\/\//.test(part) && !part.includes(REDACTED_SECRET) ? (
      <a key={key} href={part}>
        {part}
      </a>
    ) : (
      <Fragment key={key}>{part}</Fragment>
    );
  });
}

/** The mails in the outbox, newest first, as they would have been sent. */
export function OutboxList({ outbox }: { outbox: UseQueryResult<Mail[], unknown> }) {
  const { t } = useTranslation();
  if (outbox.isPending) return <LoadingStatus />;
  if (outbox.isError) {
    if (isOutboxDisabled(outbox.error)) return <p className="notice">{t('errors.outbox.disabled')}</p>;
    return <ErrorPanel error={outbox.error} onRetry={() => void outbox.refetch()} />;
  }
  if (outbox.data.length === 0) return <p className="empty-state">{t('administration.outbox.empty')}</p>;
  return (
    <>
      <p className="notice">
        {t('administration.outbox.secretNote')} <code>{t('administration.outbox.secretCommand')}</code>.
      </p>
      <ul className="mail-list">
        {outbox.data.map((mail) => (
          <li key={mail.id}>
            <article className="mail" aria-labelledby={`mail-${mail.id}`}>
              <h2 className="mail__subject" id={`mail-${mail.id}`}>
                {mail.subject}
              </h2>
              <dl className="summary-list">
                <dt>{t('administration.outbox.to')}</dt>
                <dd>{mail.to}</dd>
                <dt>{t('administration.outbox.created')}</dt>
                <dd>{formatDateTime(mail.createdAt)}</dd>
                <dt>{t('administration.outbox.status')}</dt>
                <dd>
                  {mail.sentAt
                    ? t('administration.outbox.sent', { time: formatDateTime(mail.sentAt) })
                    : t('administration.outbox.notSent')}
                </dd>
              </dl>
              <pre className="mail__body">{linkify(mail.text)}</pre>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
