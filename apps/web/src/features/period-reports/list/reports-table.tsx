import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ColumnHeaders } from '../../../components/column-headers.tsx';
import { ScrollRegion } from '../../../components/scroll-region.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import type { ReportGroup } from './report-list.ts';
import { ReportProgress, ReportStatusBadge } from './report-progress.tsx';
import { type ReportListItem, reportPath } from './report-shared.ts';

/** One kind's reports: title (a link to the report), period, deadline, status, progress, adopted. */
export function ReportsTable({ group }: { group: ReportGroup<ReportListItem> }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const kind = t(`reportLabels.kind.${group.kind}`);
  const headingId = `reports-${group.kind}`;
  const caption = t('periodReportsPages.list.caption', { kind, count: group.rows.length });
  const none = t('periodReportsPages.none');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{kind}</h2>
      <ScrollRegion label={caption}>
        <table className="reports-table">
          <caption className="visually-hidden">{caption}</caption>
          <ColumnHeaders
            columns={[
              t('periodReportsPages.list.titleColumn'),
              t('periodReportsPages.list.period'),
              t('periodReportsPages.list.deadline'),
              t('periodReportsPages.list.status'),
              t('periodReportsPages.list.progress'),
              t('periodReportsPages.list.adoptedOn'),
            ]}
          />
          <tbody>
            {group.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <Link to={reportPath(slug, row.id)}>{row.title}</Link>
                </th>
                <td className="report-nowrap">{`${formatDate(row.periodStart, 'short')} – ${formatDate(row.periodEnd, 'short')}`}</td>
                <td>{row.deadline ? formatDate(row.deadline) : none}</td>
                <td>
                  <ReportStatusBadge status={row.status} />
                </td>
                <td>
                  <ReportProgress ready={row.readyCount} total={row.sectionCount} />
                </td>
                <td>{row.adoptedOn ? formatDate(row.adoptedOn) : none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
