import { planActivitySchema, planAreaSchema, planGoalSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { issuesUnder } from '../interventions/issues-under.ts';
import { SaveOrCancel } from './plan-form-parts.tsx';
import {
  type PlanActivityEntry,
  type PlanAreaEntry,
  type PlanGoalEntry,
  type PlanTree,
  usePlanSlug,
} from './plan-shared.ts';

/** What every tree form is handed: the plan (for its version), and what to do when done. */
interface NodeFormProps {
  plan: PlanTree;
  onDone: (isSaved: boolean) => void;
}

const usePlanMutationInvalidates = () => {
  const trpc = useTRPC();
  return () => [{ queryKey: trpc.plans.pathKey() }];
};

/** Adds a goal area, or changes one. */
export function PlanAreaForm({ plan, area, onDone }: NodeFormProps & { area: PlanAreaEntry | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = usePlanSlug();
  const save = useApiMutation(trpc.plans.saveArea.mutationOptions(), {
    invalidates: usePlanMutationInvalidates(),
  });
  const form = useSchemaForm({
    schema: planAreaSchema,
    defaultValues: { title: area?.title ?? '', description: area?.description ?? '' },
    labels: { title: t('plan.tree.areaTitle'), description: t('plan.tree.areaDescription') },
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    try {
      await save.mutateAsync({
        tenant: slug,
        planId: plan.id,
        expectedVersion: plan.version,
        areaId: area?.id ?? null,
        area: values,
      });
    } catch (error) {
      throw issuesUnder(error, 'area.');
    }
    onDone(true);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="plan-panel no-print"
      heading={t('plan.tree.areaFormTitle')}
    >
      <TextField form={form} name="title" autoComplete="off" />
      <FormField form={form} name="description">
        {(control) => (
          <textarea {...control} {...form.register('description')} className="field__input" rows={2} />
        )}
      </FormField>
      <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(false)} />
    </KitForm>
  );
}

/** Adds a goal (under an area, or directly under the plan), or changes one. */
export function PlanGoalForm({
  plan,
  goal,
  areaId,
  onDone,
}: NodeFormProps & { goal: PlanGoalEntry | null; areaId: string | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = usePlanSlug();
  const save = useApiMutation(trpc.plans.saveGoal.mutationOptions(), {
    invalidates: usePlanMutationInvalidates(),
  });
  const form = useSchemaForm({
    schema: planGoalSchema,
    defaultValues: {
      areaId: goal ? goal.areaId : areaId,
      code: goal?.code ?? '',
      title: goal?.title ?? '',
      description: goal?.description ?? '',
    },
    labels: {
      areaId: t('plan.tree.goalArea'),
      code: t('plan.tree.goalCode'),
      title: t('plan.tree.goalTitle'),
      description: t('plan.tree.goalDescription'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    try {
      await save.mutateAsync({
        tenant: slug,
        planId: plan.id,
        expectedVersion: plan.version,
        goalId: goal?.id ?? null,
        goal: values,
      });
    } catch (error) {
      throw issuesUnder(error, 'goal.');
    }
    onDone(true);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="plan-panel no-print"
      heading={t('plan.tree.goalFormTitle')}
    >
      {plan.areas.length > 0 ? (
        <FormField form={form} name="areaId">
          {(control) => (
            <select
              {...control}
              {...form.register('areaId', { setValueAs: (value: string | null) => (value ? value : null) })}
              className="field__input"
            >
              <option value="">{t('plan.tree.noAreaChoice')}</option>
              {plan.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <TextField form={form} name="code" autoComplete="off" hint={t('plan.tree.goalCodeHint')} />
      <TextField form={form} name="title" autoComplete="off" />
      <FormField form={form} name="description">
        {(control) => (
          <textarea {...control} {...form.register('description')} className="field__input" rows={3} />
        )}
      </FormField>
      <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(false)} />
    </KitForm>
  );
}

/** Adds an activity to a goal, or changes one; its year, if any, is one of the plan's. */
export function PlanActivityForm({
  plan,
  goalId,
  activity,
  onDone,
}: NodeFormProps & { goalId: string; activity: PlanActivityEntry | null }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = usePlanSlug();
  const save = useApiMutation(trpc.plans.saveActivity.mutationOptions(), {
    invalidates: usePlanMutationInvalidates(),
  });
  const form = useSchemaForm({
    schema: planActivitySchema,
    defaultValues: {
      text: activity?.text ?? '',
      responsible: activity?.responsible ?? '',
      year: activity?.year === null || activity === null ? '' : String(activity.year),
    },
    labels: {
      text: t('plan.activity.text'),
      responsible: t('plan.activity.responsible'),
      year: t('plan.activity.year'),
    },
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    try {
      await save.mutateAsync({
        tenant: slug,
        planId: plan.id,
        expectedVersion: plan.version,
        goalId,
        activityId: activity?.id ?? null,
        activity: values,
      });
    } catch (error) {
      throw issuesUnder(error, 'activity.');
    }
    onDone(true);
  });
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="plan-panel no-print"
      heading={t('plan.activity.formTitle')}
    >
      <FormField form={form} name="text">
        {(control) => <textarea {...control} {...form.register('text')} className="field__input" rows={2} />}
      </FormField>
      <TextField form={form} name="responsible" autoComplete="off" />
      <TextField
        form={form}
        name="year"
        inputMode="numeric"
        autoComplete="off"
        hint={t('plan.activity.yearHint')}
      />
      <SaveOrCancel isPending={save.isPending} onCancel={() => onDone(false)} />
    </KitForm>
  );
}
