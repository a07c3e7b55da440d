import { planGoalLinksSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { issuesOnFields } from '../interventions/issues-under.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { PlanCheckboxes } from './plan-checkboxes.tsx';
import { goalHeading } from './plan-labels.ts';
import { type PlanFormProps, PlanPanelForm, planRef, planSubmit, usePlanSave } from './plan-panel-form.tsx';
import type { PlanGoalEntry } from './plan-shared.ts';

/** Chooses the förbund's interventions that serve a goal (checkboxes; the whole set is saved). */
export function PlanLinksForm({ plan, goal, onDone }: PlanFormProps & { goal: PlanGoalEntry }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const interventions = useQuery(
    trpc.interventions.list.queryOptions({ tenant: slug, includeArchived: false }),
  );
  const save = usePlanSave((plans) => plans.linkInterventions.mutationOptions());
  const form = useSchemaForm({
    schema: planGoalLinksSchema,
    defaultValues: { interventionIds: goal.interventions.map((intervention) => intervention.id) },
    labels: { interventionIds: t('plan.links.legend') },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ ...planRef(slug, plan), goalId: goal.id, ...values }),
    issuesOnFields,
    () => onDone(true),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('plan.links.title')}
      isPending={save.isPending}
      onCancel={() => onDone(false)}
      intro={<p>{goalHeading(goal)}</p>}
    >
      <QueryState
        query={interventions}
        isEmpty={(list) => list.length === 0}
        empty={<p>{t('plan.links.none')}</p>}
      >
        {(list) => (
          <PlanCheckboxes
            form={form}
            name="interventionIds"
            legend={t('plan.links.legend')}
            choices={list.map((intervention) => ({ value: intervention.id, label: intervention.name }))}
          />
        )}
      </QueryState>
    </PlanPanelForm>
  );
}
