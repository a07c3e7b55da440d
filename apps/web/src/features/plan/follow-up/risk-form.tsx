import { riskSchema } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form/form-field.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import type { Message } from '../../../lib/message-key.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { useApiMutation } from '../../../lib/use-api-mutation.ts';
import { issuesUnder } from '../../interventions/issues-under.ts';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';
import { PlanPanelForm, planSubmit } from '../plan-panel-form.tsx';
import type { PlanRiskEntry } from './follow-up-shared.ts';

/** Adds a risk to the plan (risk null) or changes one at the version it was loaded with. */
export function RiskForm({
  planId,
  risk,
  onDone,
}: {
  planId: string;
  risk: PlanRiskEntry | null;
  onDone: (notice: Message | null) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const save = useApiMutation(trpc.planRisks.save.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.planRisks.list.queryKey() }],
  });
  const form = useSchemaForm({
    schema: riskSchema,
    defaultValues: {
      event: risk?.event ?? '',
      likelihood: risk?.likelihood ?? 2,
      consequence: risk?.consequence ?? 2,
      controlMeasures: risk?.controlMeasures ?? '',
      owner: risk?.owner ?? '',
      reviewedOn: risk?.reviewedOn ?? null,
    },
    labels: {
      event: t('planFollowUp.risks.event'),
      likelihood: t('planFollowUp.risks.likelihood'),
      consequence: t('planFollowUp.risks.consequence'),
      controlMeasures: t('planFollowUp.risks.controlMeasures'),
      owner: t('planFollowUp.risks.owner'),
      reviewedOn: t('planFollowUp.risks.reviewedOn'),
    },
  });
  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({
      tenant: slug,
      planId,
      riskId: risk?.id ?? null,
      expectedVersion: risk?.version ?? null,
      risk: values,
    }),
    (error) => issuesUnder(error, 'risk.'),
    () => onDone({ key: 'planFollowUp.risks.saved' }),
  );
  const levelSelect = (name: 'likelihood' | 'consequence') => (
    <FormField form={form} name={name}>
      {(control) => (
        <select {...control} {...form.register(name, { valueAsNumber: true })} className="field__input">
          {(['1', '2', '3', '4'] as const).map((value) => (
            <option key={value} value={value}>
              {t('planFollowUp.risks.level', {
                level: value,
                name: t(`planFollowUp.risks.${name}Levels.${value}`),
              })}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={risk ? t('planFollowUp.risks.formTitleEdit') : t('planFollowUp.risks.formTitleNew')}
      isPending={save.isPending}
      onCancel={() => onDone(null)}
      saveLabel={t('planFollowUp.risks.save')}
    >
      <TextAreaField form={form} name="event" rows={3} />
      {levelSelect('likelihood')}
      {levelSelect('consequence')}
      <TextAreaField form={form} name="controlMeasures" rows={3} />
      <TextField form={form} name="owner" autoComplete="off" />
      <FormField form={form} name="reviewedOn" hint={t('planFollowUp.risks.reviewedOnHint')}>
        {(control) => (
          <input
            {...control}
            {...form.register('reviewedOn', { setValueAs: (value: string | null) => (value ? value : null) })}
            className="field__input"
            autoComplete="off"
          />
        )}
      </FormField>
    </PlanPanelForm>
  );
}
