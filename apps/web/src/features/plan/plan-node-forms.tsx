import { planActivitySchema, planAreaSchema, planGoalSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { TextAreaField } from '../../components/form/text-area-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { issuesUnder } from '../interventions/issues-under.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { type PlanFormProps, PlanPanelForm, planRef, planSubmit, usePlanSave } from './plan-panel-form.tsx';
import type { PlanActivityEntry, PlanAreaEntry, PlanGoalEntry } from './plan-shared.ts';

/** Adds a goal area, or changes one. */
export function PlanAreaForm({ plan, area, onDone }: PlanFormProps & { area: PlanAreaEntry | null }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const save = usePlanSave((plans) => plans.saveArea.mutationOptions());
  const form = useSchemaForm({
    schema: planAreaSchema,
    defaultValues: { title: area?.title ?? '', description: area?.description ?? '' },
    labels: { title: t('plan.tree.areaTitle'), description: t('plan.tree.areaDescription') },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ ...planRef(slug, plan), areaId: area?.id ?? null, area: values }),
    (error) => issuesUnder(error, 'area.'),
    () => onDone(true),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('plan.tree.areaFormTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(false)}
    >
      <TextField form={form} name="title" autoComplete="off" />
      <TextAreaField form={form} name="description" rows={2} />
    </PlanPanelForm>
  );
}

/** Adds a goal (under an area, or directly under the plan), or changes one. */
export function PlanGoalForm({
  plan,
  goal,
  areaId,
  onDone,
}: PlanFormProps & { goal: PlanGoalEntry | null; areaId: string | null }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const save = usePlanSave((plans) => plans.saveGoal.mutationOptions());
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
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ ...planRef(slug, plan), goalId: goal?.id ?? null, goal: values }),
    (error) => issuesUnder(error, 'goal.'),
    () => onDone(true),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('plan.tree.goalFormTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(false)}
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
      <TextAreaField form={form} name="description" rows={3} />
    </PlanPanelForm>
  );
}

/** Adds an activity to a goal, or changes one; its year, if any, is one of the plan's. */
export function PlanActivityForm({
  plan,
  goalId,
  activity,
  onDone,
}: PlanFormProps & { goalId: string; activity: PlanActivityEntry | null }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const save = usePlanSave((plans) => plans.saveActivity.mutationOptions());
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
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ ...planRef(slug, plan), goalId, activityId: activity?.id ?? null, activity: values }),
    (error) => issuesUnder(error, 'activity.'),
    () => onDone(true),
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('plan.activity.formTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(false)}
    >
      <TextAreaField form={form} name="text" rows={2} />
      <TextField form={form} name="responsible" autoComplete="off" />
      <TextField
        form={form}
        name="year"
        inputMode="numeric"
        autoComplete="off"
        hint={t('plan.activity.yearHint')}
      />
    </PlanPanelForm>
  );
}
