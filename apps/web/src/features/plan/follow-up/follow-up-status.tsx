import type { FollowUpStatus } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';

/** A mark per status, beside its text: the status never rests on colour alone (WCAG 1.4.1). */
const marks: Record<FollowUpStatus, string> = { met: '✓', partlyMet: '◐', notMet: '✗', notMeasured: '○' };

/** A status as text with its mark (hidden from screen readers, which read the text). */
export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`follow-up-status follow-up-status--${status}`}>
      <span aria-hidden="true" className="follow-up-status__mark">
        {marks[status]}
      </span>{' '}
      {t(`planFollowUp.status.${status}`)}
    </span>
  );
}
