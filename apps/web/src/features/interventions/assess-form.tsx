import { qualitativeStatuses } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { assessFormSchema } from './goal-form-values.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';
import type { InterventionDetail } from './shared.tsx';

type GoalEntry = InterventionDetail['goals'][number];

/** Follows a goal up for one period: a status for a qualitative goal, the actual for an `entered` count. */
export function AssessForm({
  entry,
  period,
  onDone,
}: {
  entry: GoalEntry;
  period: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const existing = entry.assessments.find((assessment) => assessment.period === period);
  const isQualitative = entry.goal.type === 'qualitative';
  const form = useSchemaForm({
    schema: assessFormSchema(isQualitative),
    defaultValues: {
      status: existing?.status ?? 'not_measured_yet',
      enteredActual: existing?.enteredActual == null ? '' : String(existing.enteredActual),
      comment: existing?.comment ?? '',
    },
    labels: {
      status: t('interventions.goals.status'),
      enteredActual: t('interventions.goals.enteredActual'),
      comment: t('interventions.goals.comment'),
    },
  });
  const assess = useApiMutation(trpc.interventions.goals.assess.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const onSubmit = form.submit(async (assessment) => {
    if (assess.isPending) return;
    await assess.mutateAsync({
      tenant: slug,
      goalId: entry.id,
      period,
      ...assessment,
      expectedVersion: existing?.version ?? null,
    });
    onDone();
  });

  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="insatser-panel"
      heading={t('interventions.goals.assessTitle', { period })}
      intro={<p>{entry.goal.description}</p>}
    >
      {isQualitative ? (
        <SelectField
          form={form}
          name="status"
          choices={qualitativeStatuses.map((value) => ({
            value: value,
            label: t(`interventions.goals.qualitativeStatuses.${value}`),
          }))}
        />
      ) : (
        <TextField form={form} name="enteredActual" inputMode="numeric" />
      )}
      <FormField form={form} name="comment">
        {(control) => (
          <textarea {...control} {...form.register('comment')} className="field__input" rows={2} />
        )}
      </FormField>
      <SaveOrCancel isPending={assess.isPending} onCancel={onDone} />
    </KitForm>
  );
}
