import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { ReportStatusBadge } from '../list/report-progress.tsx';
import type { ReportDetail } from '../list/report-shared.ts';

/** The report's kind, period, deadline, status and, once adopted, the decision that adopted it. */
export function ReportFacts({ report }: { report: ReportDetail['report'] }) {
  const { t } = useTranslation();
  const none = t('periodReportsPages.none');
  return (
    <dl className="report-facts">
      <dt>{t('periodReportsPages.report.kind')}</dt>
      <dd>{t(`reportLabels.kind.${report.kind}`)}</dd>
      <dt>{t('periodReportsPages.report.period')}</dt>
      <dd>{`${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}`}</dd>
      <dt>{t('periodReportsPages.report.deadline')}</dt>
      <dd>{report.deadline ? formatDate(report.deadline) : none}</dd>
      <dt>{t('periodReportsPages.report.status')}</dt>
      <dd>
        <ReportStatusBadge status={report.status} />
      </dd>
      {report.status === 'adopted' ? (
        <>
          <dt>{t('periodReportsPages.report.decision')}</dt>
          <dd>{report.decisionLabel ?? none}</dd>
        </>
      ) : null}
    </dl>
  );
}
