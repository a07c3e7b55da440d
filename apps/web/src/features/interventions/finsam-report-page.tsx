import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../lib/trpc.ts';
import { ReconciliationPanel } from '../economy/reconciliation-panel.tsx';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { FinsamCheck } from './finsam-check.tsx';
import { FinsamForbundSection } from './finsam-forbund-section.tsx';
import { FinsamInterventionTables } from './finsam-intervention-tables.tsx';
import { FinsamRegistration } from './finsam-registration.tsx';
import { finsamSheet } from './finsam-sheet.ts';
import { PeriodReportPage, ReportDocument } from './period-report-page.tsx';
import { ReportToolbar } from './report-period.tsx';
import { formatOre } from './shared.tsx';

/** `/f/:slug/insatser/rapporter/uppfoljning-finsam`: the period's figures as FK's Uppföljning Finsam asks them. */
export function FinsamReportPage() {
  const { t } = useTranslation();
  return (
    <PeriodReportPage report="finsam" intro={t('interventions.reports.finsam.intro')}>
      {(period) => <FinsamBody period={period} />}
    </PeriodReportPage>
  );
}

/**
 * The report in FK's order: the förbund block, the check against the operating statement, the
 * interventions; the registration mark last, where it is set once the figures are handed in; then,
 * on screen only, the economy's reconciliation of the year, where the check's difference is fixed.
 */
function FinsamBody({ period }: { period: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const report = useQuery(
    trpc.interventions.reports.uppfoljningFinsam.queryOptions({ tenant: slug, period }),
  );
  const data = report.data;
  return (
    <>
      <ReportToolbar
        period={period}
        fileName={`uppfoljning-finsam-${slug}-${period}.xlsx`}
        sheet={t('interventions.reports.finsam.sheet')}
        rows={data ? () => finsamSheet(data, (key, values) => t(key, values), formatOre) : null}
      />
      <ReportDocument query={report} period={period} isLandscape>
        {(data) => (
          <>
            <FinsamForbundSection report={data} />
            <FinsamCheck report={data} />
            <FinsamInterventionTables report={data} />
            <FinsamRegistration report={data} />
          </>
        )}
      </ReportDocument>
      {/* Where a difference in the check is fixed: the year's intervention funds against their allocations. */}
      {report.isSuccess ? (
        <div className="no-print">
          <ReconciliationPanel year={Number(period.slice(0, 4))} />
        </div>
      ) : null}
    </>
  );
}
