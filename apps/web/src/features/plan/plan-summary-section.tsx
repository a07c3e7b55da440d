import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { Notice } from '../../components/notice.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { SaveOrCancel } from './plan-form-parts.tsx';
import type { PlanTree } from './plan-shared.ts';
import { PlanSummaryFields, usePlanSummaryForm } from './plan-summary-fields.tsx';

/** Vision and purpose, read as text; editors of a draft change them with the name and years. */
export function PlanSummarySection({ plan, isEditable }: { plan: PlanTree; isEditable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [isEditing, setIsEditing] = useState(false);
  const trpc = useTRPC();
  const update = useApiMutation(trpc.plans.update.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.plans.pathKey() }],
    success: () => ({ key: 'plan.header.saved' }),
  });
  return (
    <section aria-labelledby={headingId} className="plan-section">
      <h2 id={headingId}>{t('plan.header.vision')}</h2>
      <p className="plan-text">{plan.vision || t('plan.header.noVision')}</p>
      <h2>{t('plan.header.purpose')}</h2>
      <p className="plan-text">{plan.purpose || t('plan.header.noPurpose')}</p>
      {isEditable && !isEditing ? (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={() => setIsEditing(true)}>
            {t('plan.header.editTitle')}
          </button>
        </p>
      ) : null}
      {isEditable && isEditing ? (
        <PlanSummaryForm plan={plan} update={update} onDone={() => setIsEditing(false)} />
      ) : null}
      <Notice message={update.notice} />
    </section>
  );
}

function PlanSummaryForm({
  plan,
  update,
  onDone,
}: {
  plan: PlanTree;
  update: ReturnType<typeof useUpdate>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const form = usePlanSummaryForm({
    name: plan.name,
    firstYear: String(plan.firstYear),
    lastYear: String(plan.lastYear),
    vision: plan.vision,
    purpose: plan.purpose,
  });
  const onSubmit = form.submit(async (summary) => {
    if (update.isPending) return;
    await update.mutateAsync({
      tenant: slug,
      planId: plan.id,
      expectedVersion: plan.version,
      ...summary,
      targetGroups: plan.targetGroups,
      directions: plan.directions,
    });
    onDone();
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="plan-panel no-print"
      heading={t('plan.header.editTitle')}
    >
      <PlanSummaryFields form={form} textRows={4} />
      <SaveOrCancel isPending={update.isPending} onCancel={onDone} />
    </KitForm>
  );
}

/** The update mutation's type, for handing it to the form. */
function useUpdate() {
  const trpc = useTRPC();
  return useApiMutation(trpc.plans.update.mutationOptions());
}
