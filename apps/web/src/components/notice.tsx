import { useTranslation } from 'react-i18next';
import type { Message } from '../lib/message-key.ts';

/**
 * What just happened ("Inbjudan skickad till …"), announced by screen readers: the live region is
 * always in the page, and the message appears inside it (WCAG 4.1.3).
 */
export function Notice({
  message,
  tone = 'success',
}: {
  message: Message | null;
  tone?: 'success' | 'info';
}) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite">
      {message ? (
        <p className={`notice notice--${tone}`} role="status">
          {t(message.key, message.values)}
        </p>
      ) : null}
    </div>
  );
}

/**
 * What went wrong, in Swedish, announced at once (role=alert); nothing when nothing did. For a
 * failure that belongs to no field (a refused action, an export that failed).
 */
export function ErrorNotice({ message, id }: { message: Message | null; id?: string }) {
  const { t } = useTranslation();
  return message ? (
    <p id={id} className="notice notice--error" role="alert">
      {t(message.key, message.values)}
    </p>
  ) : null;
}
