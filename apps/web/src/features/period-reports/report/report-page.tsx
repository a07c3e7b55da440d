import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import { ReportProgress } from '../list/report-progress.tsx';
import '../list/period-reports.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ReportDetail } from '../list/report-shared.ts';
import { AddSectionForm } from './add-section-form.tsx';
import { AdoptionPanel } from './adoption-panel.tsx';
import { ReportActions } from './report-actions.tsx';
import { ReportDownloads } from './report-downloads.tsx';
import { ReportFacts } from './report-facts.tsx';
import { SectionsTable } from './sections-table.tsx';

/** `/f/:slug/rapporter/:reportId`: one report's facts, sections and workflow, adoption and downloads. */
export function ReportPage() {
  const { t } = useTranslation();
  const { reportId = '' } = useParams();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const detail = useQuery(trpc.periodReports.get.queryOptions({ tenant: slug, reportId }));
  if (detail.isPending) return <LoadingStatus />;
  if (detail.isError)
    return (
      <ErrorPage
        error={detail.error}
        onRetry={() => void detail.refetch()}
        back={{ to: `/f/${slug}/rapporter`, label: t('periodReportsPages.backToList') }}
      />
    );
  return <ReportView detail={detail.data} />;
}

function ReportView({ detail }: { detail: ReportDetail }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const arrivalNotice = useArrivalNotice();
  const [notice, setNotice] = useState<Message | null>(null);
  const { report, sections, progress } = detail;
  const isAdopted = report.status === 'adopted';
  const canChange = canEdit && !isAdopted;
  return (
    <>
      <PageHeading titleParts={[report.title, tenant.name]}>{report.title}</PageHeading>
      <Notice message={notice ?? arrivalNotice} />
      <ReportFacts report={report} />
      <p className="report-progress-line">
        <ReportProgress ready={progress.ready} total={progress.total} />
      </p>
      <AdoptionPanel detail={detail} onNotice={setNotice} />
      <ReportDownloads report={report} />
      {canEdit && isAdopted ? <p>{t('periodReportsPages.report.adoptedReadOnly')}</p> : null}
      {!canEdit ? <p>{t('periodReportsPages.readOnly')}</p> : null}
      <ReportActions detail={detail} onNotice={setNotice} />
      <section aria-labelledby="report-sections">
        <h2 id="report-sections" tabIndex={-1}>
          {t('periodReportsPages.sections.heading')}
        </h2>
        <SectionsTable report={report} sections={sections} canChange={canChange} onNotice={setNotice} />
        {canChange ? <AddSectionForm report={report} sections={sections} onNotice={setNotice} /> : null}
      </section>
    </>
  );
}
