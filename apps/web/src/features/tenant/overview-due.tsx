import { currentHalfYearInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { interventionsWithoutFigures } from './overview-figures.ts';
import { useTenant } from './use-tenant.ts';
import { useTenantRole } from './use-tenant-role.ts';

/**
 * What is due: the interventions running this half-year without participant figures for it (an
 * editor's links go straight to the figures form; a board member's to the intervention), and the
 * reports made from what is registered.
 *
 * LINK POINT (issue 24): reporting deadlines (FK's Uppföljning Finsam, the board's half-year and
 * annual reports) have no API yet; when one exists, list them here, soonest first.
 */
export function DueSection({ reportedPeriod }: { reportedPeriod: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useTenantRole('editor');
  const headingId = useId();
  const period = currentHalfYearInSweden();
  const report = useQuery(
    trpc.interventions.reports.uppfoljningFinsam.queryOptions({ tenant: tenant.slug, period }),
  );
  const base = `/f/${tenant.slug}`;
  const reportPeriod = reportedPeriod ?? period;

  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('overview.dueTitle')}</h2>
      <h3>{t('overview.dueFiguresTitle', { period })}</h3>
      <QueryState query={report}>
        {(data) => {
          const missing = interventionsWithoutFigures(data.rows);
          if (missing.length === 0) return <p>{t('overview.dueFiguresNone', { period })}</p>;
          return (
            <>
              <p>
                {t(canEdit ? 'overview.dueFiguresIntro' : 'overview.dueFiguresViewerIntro', {
                  count: missing.length,
                  period,
                })}
              </p>
              <ul className="overview-list">
                {missing.map((row) => (
                  <li key={row.interventionId}>
                    {canEdit ? (
                      <Link
                        to={`${base}/insatser/${row.interventionId}/siffror?period=${period}`}
                        aria-label={t('overview.reportFigures', { name: row.name })}
                      >
                        {row.name}
                      </Link>
                    ) : (
                      <Link to={`${base}/insatser/${row.interventionId}`}>{row.name}</Link>
                    )}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryState>
      <h3>{t('overview.reportsTitle')}</h3>
      <p>{t('overview.reportsIntro')}</p>
      <ul className="overview-list">
        <li>
          <Link to={`${base}/insatser/rapporter/mal-och-resultat?period=${reportPeriod}`}>
            {t('overview.toGoals', { period: reportPeriod })}
          </Link>
        </li>
        <li>
          <Link to={`${base}/insatser/rapporter/uppfoljning-finsam?period=${reportPeriod}`}>
            {t('overview.toFinsam', { period: reportPeriod })}
          </Link>
        </li>
        <li>
          <Link to={`${base}/ekonomi/rapporter`}>{t('overview.toReports')}</Link>
        </li>
      </ul>
    </section>
  );
}
