import { planGoalLinksSchema } from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { QueryState } from '../../components/query-state.tsx';
import { issueMessageKey } from '../../lib/error-message.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { issuesOnFields } from '../interventions/issues-under.ts';
import { SaveOrCancel } from './plan-form-parts.tsx';
import { goalHeading } from './plan-labels.ts';
import { type PlanGoalEntry, type PlanTree, usePlanSlug } from './plan-shared.ts';

/** Chooses the förbund's interventions that serve a goal (checkboxes; the whole set is saved). */
export function PlanLinksForm({
  plan,
  goal,
  onDone,
}: {
  plan: PlanTree;
  goal: PlanGoalEntry;
  onDone: (isSaved: boolean) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = usePlanSlug();
  const legendId = useId();
  const interventions = useQuery(
    trpc.interventions.list.queryOptions({ tenant: slug, includeArchived: false }),
  );
  const save = useApiMutation(trpc.plans.linkInterventions.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.plans.pathKey() }],
  });
  const form = useSchemaForm({
    schema: planGoalLinksSchema,
    defaultValues: { interventionIds: goal.interventions.map((intervention) => intervention.id) },
    labels: { interventionIds: t('plan.links.legend') },
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    try {
      await save.mutateAsync({
        tenant: slug,
        planId: plan.id,
        expectedVersion: plan.version,
        goalId: goal.id,
        ...values,
      });
    } catch (error) {
      throw issuesOnFields(error);
    }
    onDone(true);
  });
  const error = get(form.formState.errors, 'interventionIds') as { message?: string } | undefined;
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="plan-panel no-print"
      heading={t('plan.links.title')}
      intro={<p>{goalHeading(goal)}</p>}
    >
      <QueryState
        query={interventions}
        isEmpty={(list) => list.length === 0}
        empty={<p>{t('plan.links.none')}</p>}
      >
        {(list) => (
          <fieldset
            className="field plan-checkboxes"
            aria-describedby={error ? `${legendId}-error` : undefined}
          >
            <legend className="field__label">{t('plan.links.legend')}</legend>
            {error ? (
              <p className="field__error" id={`${legendId}-error`}>
                {t(issueMessageKey(error.message, 'custom'))}
              </p>
            ) : null}
            {list.map((intervention) => (
              <label key={intervention.id} className="plan-checkbox">
                <input type="checkbox" value={intervention.id} {...form.register('interventionIds')} />
                {intervention.name}
              </label>
            ))}
          </fieldset>
        )}
      </QueryState>
      <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(false)} />
    </KitForm>
  );
}
