import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { PrintAndExport } from '../../../components/print-and-export.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useTRPC } from '../../../lib/trpc.ts';
import { exportXlsx } from '../../interventions/export-xlsx.ts';
import { useArrivalNotice } from '../../interventions/use-arrival-notice.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useTenantRole } from '../../tenant/use-tenant-role.ts';
import './period-reports.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { reportsByKind } from './report-list.ts';
import type { ReportListItem } from './report-shared.ts';
import { ReportsTable } from './reports-table.tsx';
import { reportsSheet } from './reports-workbook.ts';

/**
 * `/f/:slug/rapporter`: the förbund's period reports, one table per kind (halvårsredovisning,
 * delårsrapport, årsredovisning, verksamhetsplan), newest period first, each with its deadline,
 * status and how many sections are ready; editors start a new one; .xlsx and print.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const arrivalNotice = useArrivalNotice();
  const list = useQuery(trpc.periodReports.list.queryOptions({ tenant: slug }));
  const title = t('periodReportsPages.list.title');
  const newReport = canEdit ? (
    <Link className="button button--primary" to={`/f/${slug}/rapporter/ny`}>
      {t('periodReportsPages.list.newReport')}
    </Link>
  ) : null;
  return (
    <>
      <PageHeading titleParts={[title, tenant.name]}>{title}</PageHeading>
      <Notice message={arrivalNotice} />
      <p className="no-print">{t('periodReportsPages.list.intro')}</p>
      <div className="report-actions no-print">
        {list.data && list.data.length > 0 ? newReport : null}
        <PrintAndExport
          keys="periodReportsPages.list"
          onExport={list.data && list.data.length > 0 ? () => exportReports(list.data, t) : null}
        />
      </div>
      <QueryState
        query={list}
        isEmpty={(rows) => rows.length === 0}
        empty={
          <div className="empty-state">
            <p>{t('periodReportsPages.list.empty')}</p>
            {canEdit ? (
              <>
                <p>{t('periodReportsPages.list.emptyEditor')}</p>
                <p>{newReport}</p>
              </>
            ) : null}
          </div>
        }
      >
        {(rows) => reportsByKind(rows).map((group) => <ReportsTable key={group.kind} group={group} />)}
      </QueryState>
    </>
  );
}

async function exportReports(rows: readonly ReportListItem[], say: TFunction) {
  const sheet = reportsSheet(rows, {
    header: [
      say('periodReportsPages.list.kind'),
      say('periodReportsPages.list.titleColumn'),
      say('periodReportsPages.list.periodStart'),
      say('periodReportsPages.list.periodEnd'),
      say('periodReportsPages.list.deadline'),
      say('periodReportsPages.list.status'),
      say('periodReportsPages.list.readySections'),
      say('periodReportsPages.list.enabledSections'),
      say('periodReportsPages.list.adoptedOn'),
    ],
    kind: (kind) => say(`reportLabels.kind.${kind}`),
    status: (status) => say(`reportLabels.status.${status}`),
  });
  await exportXlsx(
    `${say('periodReportsPages.list.fileName')}.xlsx`,
    say('periodReportsPages.list.sheetName'),
    sheet,
  );
}
