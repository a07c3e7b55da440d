import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import type { ApplicationDetail } from './shared.ts';

/** Every status the application has had: from, to, the day it took effect, the note, who and when. */
export function ApplicationHistory({ detail }: { detail: ApplicationDetail }) {
  const { t } = useTranslation();
  const status = (value: string) =>
    t(`applicationLabels.status.${value}` as 'applicationLabels.status.draft');
  return (
    <section aria-labelledby="application-history">
      <h2 id="application-history">{t('applicationPipeline.history.title')}</h2>
      <ScrollRegion label={t('applicationPipeline.history.caption')}>
        <table>
          <caption className="visually-hidden">{t('applicationPipeline.history.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('applicationPipeline.history.date')}</th>
              <th scope="col">{t('applicationPipeline.history.change')}</th>
              <th scope="col">{t('applicationPipeline.history.note')}</th>
              <th scope="col">{t('applicationPipeline.history.by')}</th>
              <th scope="col">{t('applicationPipeline.history.at')}</th>
            </tr>
          </thead>
          <tbody>
            {detail.history.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDate(entry.effectiveDate)}</td>
                <td>
                  {entry.fromStatus === null
                    ? t('applicationPipeline.history.created', { status: status(entry.toStatus) })
                    : t('applicationPipeline.history.changed', {
                        from: status(entry.fromStatus),
                        to: status(entry.toStatus),
                      })}
                </td>
                <td>{entry.note || t('applicationPipeline.none')}</td>
                <td>{entry.changedByName ?? t('applicationPipeline.history.unknownUser')}</td>
                <td>{formatDateTime(entry.changedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
