import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenant } from '../../tenant/use-tenant.ts';
import { reportFileUrl } from './report-file-url.ts';

/**
 * The report's PDF and Word downloads: the live document (built now from the data) and, once
 * adopted, the adopted one as frozen. Plain links to the API's file route (session cookie, no
 * script); each names its file type, and one sentence says that the files open outside the app.
 */
export function DownloadLinks({ reportId, adopted }: { reportId: string; adopted: boolean }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const hintId = useId();
  const link = (version: 'live' | 'adopted', kind: 'pdf' | 'docx', label: string) => (
    <li>
      <a href={reportFileUrl(tenant.slug, reportId, version, kind)} download aria-describedby={hintId}>
        {label}
      </a>{' '}
      <span>
        (
        {kind === 'pdf'
          ? t('reportOutputPages.downloads.pdfType')
          : t('reportOutputPages.downloads.wordType')}
        )
      </span>
    </li>
  );
  return (
    <div className="report-downloads">
      <p id={hintId}>{t('reportOutputPages.downloads.opensOutside')}</p>
      <p>{t('reportOutputPages.downloads.live')}</p>
      <ul>
        {link('live', 'pdf', t('reportOutputPages.downloads.pdf'))}
        {link('live', 'docx', t('reportOutputPages.downloads.word'))}
      </ul>
      {adopted && (
        <>
          <p>{t('reportOutputPages.downloads.adopted')}</p>
          <ul>
            {link('adopted', 'pdf', t('reportOutputPages.downloads.adoptedPdf'))}
            {link('adopted', 'docx', t('reportOutputPages.downloads.adoptedWord'))}
          </ul>
        </>
      )}
    </div>
  );
}
