import { planYearsText, todayInSweden } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { KitForm } from '../../components/form/kit-form.tsx';
import { Notice } from '../../components/notice.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useArrivalNotice } from '../interventions/use-arrival-notice.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { SaveOrCancel } from './plan-form-parts.tsx';
import { type PlanListItem, useCanEditPlan } from './plan-shared.ts';
import { PlanStatusBadge } from './plan-status-badge.tsx';
import { PlanSubnav } from './plan-subnav.tsx';
import { PlanSummaryFields, usePlanSummaryForm } from './plan-summary-fields.tsx';
import './plan.css';

/** `/f/:slug/plan`: the förbund's verksamhetsplaner, latest period first; editors start a new one. */
export function PlanListPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const canEdit = useCanEditPlan();
  const arrivalNotice = useArrivalNotice();
  const [isCreating, setIsCreating] = useState(false);
  const plans = useQuery(trpc.plans.list.queryOptions({ tenant: tenant.slug }));
  return (
    <>
      <PageHeading titleParts={[t('plan.title'), tenant.name]}>{t('plan.title')}</PageHeading>
      <PlanSubnav />
      <Notice message={arrivalNotice} />
      <p>{t('plan.list.intro')}</p>
      {canEdit && !isCreating ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setIsCreating(true)}>
            {t('plan.list.newPlan')}
          </button>
        </p>
      ) : null}
      {isCreating ? <PlanCreateForm onCancel={() => setIsCreating(false)} /> : null}
      <QueryState
        query={plans}
        isEmpty={(list) => list.length === 0}
        empty={
          <div className="empty-state">
            <p>{t('plan.list.empty')}</p>
            {canEdit ? <p>{t('plan.list.emptyEditor')}</p> : null}
          </div>
        }
      >
        {(list) => <PlanTable plans={list} />}
      </QueryState>
    </>
  );
}

function PlanTable({ plans }: { plans: PlanListItem[] }) {
  const { t } = useTranslation();
  const tenant = useTenant();
  return (
    <ScrollRegion label={t('plan.list.caption')}>
      <table className="plan-table">
        <caption className="visually-hidden">{t('plan.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('plan.list.name')}</th>
            <th scope="col">{t('plan.list.years')}</th>
            <th scope="col">{t('plan.list.status')}</th>
            <th scope="col" className="plan-table__number">
              {t('plan.list.goals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {plans.map((plan) => (
            <tr key={plan.id}>
              <th scope="row">
                <Link to={`/f/${tenant.slug}/plan/${plan.id}`}>{plan.name}</Link>
              </th>
              <td>{planYearsText(plan)}</td>
              <td>
                <PlanStatusBadge plan={plan} />
              </td>
              <td className="plan-table__number">{plan.goalCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "Ny plan": name and years first; the rest is filled in on the plan's page. */
function PlanCreateForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const tenant = useTenant();
  const navigate = useNavigate();
  const nextYear = String(Number(todayInSweden().slice(0, 4)) + 1);
  const form = usePlanSummaryForm({
    name: `${t('plan.title')} ${nextYear}`,
    firstYear: nextYear,
    lastYear: nextYear,
    vision: '',
    purpose: '',
  });
  const create = useApiMutation(trpc.plans.create.mutationOptions(), {
    invalidates: () => [trpc.plans.list.queryFilter({ tenant: tenant.slug })],
  });
  const onSubmit = form.submit(async (summary) => {
    if (create.isPending) return;
    const created = await create.mutateAsync({
      tenant: tenant.slug,
      ...summary,
      targetGroups: [],
      directions: [],
    });
    navigate(`/f/${tenant.slug}/plan/${created.id}`, {
      state: { notice: { key: 'plan.list.created', values: { name: summary.name } } },
    });
  });
  return (
    <KitForm form={form} onSubmit={onSubmit} className="plan-panel" heading={t('plan.list.newPlanTitle')}>
      <PlanSummaryFields form={form} textRows={3} />
      <SaveOrCancel isPending={create.isPending} onCancel={onCancel} label={t('plan.list.create')} />
    </KitForm>
  );
}
