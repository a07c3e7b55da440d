import { planYearsText } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorPage } from '../../components/error-page.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { AdoptedByDecision } from '../board/decisions/adopted-by-decision.tsx';
import { useArrivalNotice } from '../interventions/use-arrival-notice.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { PlanActions } from './plan-actions.tsx';
import { PlanListEditor } from './plan-list-editor.tsx';
import { isPlanEditable, type PlanTree, useCanEditPlan } from './plan-shared.ts';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { PlanSubnav } from './plan-subnav.tsx';
import { PlanSummarySection } from './plan-summary-section.tsx';
import { PlanTreeSection } from './plan-tree-section.tsx';
import './plan.css';

/** `/f/:slug/plan/:planId`: one verksamhetsplan, its header and its tree; a wrong id gets "not found". */
export function PlanPage() {
  const { planId = '' } = useParams();
  const trpc = useTRPC();
  const tenant = useTenant();
  const plan = useQuery(trpc.plans.get.queryOptions({ tenant: tenant.slug, planId }));
  if (plan.isPending) return <LoadingStatus />;
  if (plan.isError) return <ErrorPage error={plan.error} onRetry={() => void plan.refetch()} />;
  return <PlanView plan={plan.data} />;
}

function PlanView({ plan }: { plan: PlanTree }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const canEdit = useCanEditPlan();
  const arrivalNotice = useArrivalNotice();
  const isEditable = isPlanEditable(plan, canEdit);
  return (
    <article className="plan-page">
      <PageHeading titleParts={[plan.name, tenant.name]}>{plan.name}</PageHeading>
      <PlanSubnav planId={plan.id} />
      <Notice message={arrivalNotice} />
      <p className="plan-meta">
        <span>
          {t('plan.header.years')}: {planYearsText(plan)}
        </span>
        <PlanStatusBadge plan={plan} />
      </p>
      {plan.adoptedDecisionId ? <AdoptedByDecision decisionId={plan.adoptedDecisionId} /> : null}
      {canEdit ? null : <p className="no-print">{t('plan.common.readOnly')}</p>}
      {canEdit && plan.status === 'adopted' ? (
        <p className="no-print">{t('plan.status.adoptedReadOnly')}</p>
      ) : null}
      <PlanActions plan={plan} />
      <PlanSummarySection plan={plan} isEditable={isEditable} />
      <div className="plan-lists">
        <PlanListEditor plan={plan} field="targetGroups" isEditable={isEditable} />
        <PlanListEditor plan={plan} field="directions" isEditable={isEditable} />
      </div>
      <PlanTreeSection plan={plan} isEditable={isEditable} />
    </article>
  );
}
