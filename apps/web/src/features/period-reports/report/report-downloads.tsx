import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { type ReportDetail, reportPath } from '../list/report-shared.ts';
import { DownloadLinks } from '../output/download-links.tsx';

/**
 * The document as a page (live, and once adopted the adopted version the förbund publishes) and
 * its PDF and Word files (the output part's DownloadLinks).
 */
export function ReportDownloads({ report }: { report: ReportDetail['report'] }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const isAdopted = report.status === 'adopted';
  const document = `${reportPath(slug, report.id)}/dokument`;
  return (
    <section aria-labelledby="report-document" className="report-panel">
      <h2 id="report-document">{t('periodReportsPages.document.heading')}</h2>
      <ul className="report-links">
        <li>
          <Link to={document}>{t('periodReportsPages.document.live')}</Link>
        </li>
        {isAdopted ? (
          <li>
            <Link to={`${document}?version=faststalld`}>{t('periodReportsPages.document.adopted')}</Link>
          </li>
        ) : null}
      </ul>
      <DownloadLinks reportId={report.id} adopted={isAdopted} />
    </section>
  );
}
