import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { progressPercent } from './report-list.ts';

/**
 * "12 av 16 avsnitt klara" and a <progress> bar named by that text: the sentence carries the
 * figure, so the bar is never the only way to read it.
 */
export function ReportProgress({ ready, total }: { ready: number; total: number }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <span className="report-progress">
      <span id={id}>{t('periodReportsPages.progress.text', { ready, total })}</span>{' '}
      <progress
        className="report-progress__bar"
        aria-labelledby={id}
        max={100}
        value={progressPercent(ready, total)}
      >
        {progressPercent(ready, total)} %
      </progress>
    </span>
  );
}

/** The report's status as a word in a badge ("Utkast", "Klar för beslut", "Fastställd"). */
export function ReportStatusBadge({ status }: { status: 'draft' | 'ready' | 'adopted' }) {
  const { t } = useTranslation();
  return (
    <span className={`report-status report-status--${status}`}>{t(`reportLabels.status.${status}`)}</span>
  );
}
