import { currentHalfYearInSweden, defaultFollowUpPeriod, planFollowUpPeriods } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorPage } from '../../../components/error-page.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { FilterSelect } from '../../../components/filter-field.tsx';
import { LoadingStatus } from '../../../components/loading-status.tsx';
import { Notice } from '../../../components/notice.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { periodInWords } from '../../../lib/period-in-words.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { exportXlsx } from '../../interventions/export-xlsx.ts';
import { useTenant } from '../../tenant/use-tenant.ts';
import { useCanEditPlan } from '../plan-shared.ts';
import { PlanSubnav } from '../plan-subnav.tsx';
import { FollowUpGoalCard } from './follow-up-goal-card.tsx';
import type { PlanFollowUpData } from './follow-up-shared.ts';
import { FollowUpSummary } from './follow-up-summary.tsx';
import { followUpSheet } from './follow-up-text.ts';
import '../plan.css';
import './follow-up.css';

/**
 * `/f/:slug/plan/:planId/uppfoljning?period=2019-H1`: the plan's follow-up for a period, printable
 * on A4 and exported to Excel. Without a period it opens on the current half-year in Sweden when
 * the plan covers it, else on the plan's last year.
 */
export function FollowUpPage() {
  const { planId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const [searchParams] = useSearchParams();
  const plan = useQuery(trpc.plans.get.queryOptions({ tenant: tenant.slug, planId }));
  if (plan.isPending) return <LoadingStatus />;
  if (plan.isError) return <ErrorPage error={plan.error} onRetry={() => void plan.refetch()} />;
  const periods = planFollowUpPeriods(plan.data.firstYear, plan.data.lastYear);
  const requested = searchParams.get('period');
  const period =
    requested && periods.includes(requested)
      ? requested
      : defaultFollowUpPeriod(plan.data, currentHalfYearInSweden());
  return <FollowUpBody planId={planId} period={period} periods={periods} key={period} />;
}

function FollowUpBody({ planId, period, periods }: { planId: string; period: string; periods: string[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useCanEditPlan();
  const [, setSearchParams] = useSearchParams();
  const [notice, setNotice] = useState<Message | null>(null);
  const followUp = useQuery(trpc.planFollowUp.get.queryOptions({ tenant: tenant.slug, planId, period }));
  if (followUp.isPending) return <LoadingStatus />;
  if (followUp.isError) return <ErrorPage error={followUp.error} onRetry={() => void followUp.refetch()} />;
  const data = followUp.data;
  const label = periodInWords(t, period);
  return (
    <article className="follow-up-page">
      <PageHeading titleParts={[t('planFollowUp.title'), data.plan.name, tenant.name]}>
        {t('planFollowUp.heading', { period: label, plan: data.plan.name })}
      </PageHeading>
      <PlanSubnav planId={planId} />
      <p className="follow-up-meta">
        {t('planFollowUp.generated', { forbund: tenant.name, plan: data.plan.name, period: label })}
      </p>
      <p className="no-print">{t('planFollowUp.intro')}</p>
      {canEdit ? null : <p className="no-print">{t('planFollowUp.readOnly')}</p>}
      <div className="follow-up-toolbar no-print">
        <FilterSelect
          label={t('planFollowUp.period')}
          value={period}
          onChange={(value) => setSearchParams({ period: value })}
          choices={periods.map((value) => ({ value, label: periodInWords(t, value) }))}
        />
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('planFollowUp.print')}
        </button>
        <FollowUpExport data={data} fileName={`uppfoljning-${tenant.slug}-${period}.xlsx`} />
      </div>
      <Notice message={notice} />
      <FollowUpSummary data={data} periodText={label} />
      {data.goals.length === 0 ? <p>{t('planFollowUp.noGoals')}</p> : null}
      {data.goals.map((goal) => (
        <FollowUpGoalCard key={goal.id} goal={goal} period={period} canEdit={canEdit} onSaved={setNotice} />
      ))}
    </article>
  );
}

/** The follow-up as an .xlsx (the writer is loaded on the first press). */
function FollowUpExport({ data, fileName }: { data: PlanFollowUpData; fileName: string }) {
  const { t } = useTranslation();
  return (
    <ExportButton
      label="planFollowUp.excel"
      workingLabel="planFollowUp.exporting"
      failedMessage="planFollowUp.exportFailed"
      onExport={() => exportXlsx(fileName, t('planFollowUp.sheet.name'), followUpSheet(t, data))}
    />
  );
}
