import { countMeasures, type Goal, shareMeasures } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextAreaField } from '../../components/form/text-area-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { goalFieldOf, goalFormSchema, goalValuesOf } from './goal-form-values.ts';
import { withIssuePaths } from './issues-under.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';
import type { InterventionDetail } from './shared.tsx';

type GoalEntry = InterventionDetail['goals'][number];

/** Adds a goal to an intervention, or changes one: the domain's goal schema checks it first. */
export function GoalForm({
  detail,
  entry,
  onDone,
}: {
  detail: InterventionDetail;
  entry: GoalEntry | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const kind = detail.intervention.kind;
  const form = useSchemaForm({
    schema: goalFormSchema(kind),
    defaultValues: goalValuesOf(entry?.goal ?? null, kind),
    labels: {
      type: t('interventions.goals.type'),
      description: t('interventions.goals.description'),
      countMeasure: t('interventions.goals.measure'),
      shareMeasure: t('interventions.goals.measure'),
      target: t('interventions.goals.targetCount'),
      comparison: t('interventions.goals.comparison'),
      targetPercent: t('interventions.goals.targetPercent'),
      period: t('interventions.goals.period'),
    },
  });
  const invalidates = () => [{ queryKey: trpc.interventions.pathKey() }];
  const create = useApiMutation(trpc.interventions.goals.create.mutationOptions(), { invalidates });
  const update = useApiMutation(trpc.interventions.goals.update.mutationOptions(), { invalidates });
  const isPending = create.isPending || update.isPending;
  const type = form.watch('type');

  const onSubmit = form.submit(async (goal) => {
    if (isPending) return;
    try {
      if (entry)
        await update.mutateAsync({ tenant: slug, goalId: entry.id, goal, expectedVersion: entry.version });
      else await create.mutateAsync({ tenant: slug, interventionId: detail.intervention.id, goal });
    } catch (error) {
      // The API reports at `goal.measure`; the form has the measure's select of the goal's type.
      throw withIssuePaths(error, (path) => goalFieldOf(goal.type, path.replace(/^goal\./, '')));
    }
    onDone();
  });

  const measureName = type === 'share' ? 'shareMeasure' : 'countMeasure';
  const measures = (type === 'share' ? shareMeasures : countMeasures).filter(
    (measure) => measure.kind === null || measure.kind === kind,
  );
  const numberInput = (name: 'target' | 'targetPercent') => (
    <TextField form={form} name={name} inputMode="numeric" />
  );
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="insatser-panel"
      heading={entry ? t('interventions.goals.editTitle') : t('interventions.goals.add')}
    >
      <SelectField
        form={form}
        name="type"
        choices={(['count', 'share', 'qualitative'] as const satisfies Goal['type'][]).map((option) => ({
          value: option,
          label: t(`interventions.goals.types.${option}`),
        }))}
      />
      <TextAreaField form={form} name="description" rows={2} />
      {type === 'qualitative' ? null : (
        <>
          <SelectField
            key={measureName}
            form={form}
            name={measureName}
            choices={measures.map((measure) => ({ value: measure.id, label: measure.label }))}
          />
          {type === 'count' ? (
            numberInput('target')
          ) : (
            <>
              <SelectField
                form={form}
                name="comparison"
                choices={(['at_least', 'at_most'] as const).map((comparison) => ({
                  value: comparison,
                  label: t(`interventions.goals.comparisons.${comparison}`),
                }))}
              />
              {numberInput('targetPercent')}
            </>
          )}
          <TextField form={form} name="period" hint={t('interventions.goals.periodHint')} />
        </>
      )}
      <SaveOrCancel isPending={isPending} onCancel={onDone} />
    </KitForm>
  );
}
