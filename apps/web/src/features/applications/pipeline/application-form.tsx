import {
  type ApplicationFields,
  applicationKinds,
  initialApplicationStatuses,
  targetGroups,
} from '@samsyn/domain';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { KitForm } from '../../../components/form/kit-form.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';
import { TextAreaField } from '../../../components/form/text-area-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import { useSchemaForm } from '../../../components/form/use-schema-form.ts';
import { useTRPC } from '../../../lib/trpc.ts';
import { ChoiceGroup } from '../../interventions/choice-group.tsx';
import '../../interventions/interventions.css';
import { useTenant } from '../../tenant/use-tenant.ts';
import { BudgetYearRows, GoalRows } from './application-form-parts.tsx';
import {
  type ApplicationFormOutput,
  type ApplicationFormValues,
  applicationFormSchema,
  applicationValuesOf,
} from './application-form-values.ts';
import './applications.css';
import { useTenantSlug } from '../../tenant/use-tenant-slug.ts';

/** Labels by field path, the rows' numbered ("Mål 2: Beskrivning"), so the error summary names the row. */
function labelsOf(t: TFunction): Partial<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const key of [
    'status',
    'title',
    'diaryNumber',
    'kind',
    'leadMemberId',
    'partyMemberIds',
    'localGroupId',
    'contact',
    'targetGroupIds',
    'targetGroupText',
    'need',
    'purpose',
    'collaboration',
    'startDate',
    'endDate',
    'expectedYear',
    'expectedAmountOre',
  ] as const)
    labels[key] = t(`applicationPipeline.form.${key}`);
  for (let index = 0; index < 50; index += 1) {
    const row = t('applicationPipeline.form.goal', { number: index + 1 });
    labels[`goals.${index}.type`] = `${row}: ${t('interventions.goals.type')}`;
    labels[`goals.${index}.description`] = `${row}: ${t('interventions.goals.description')}`;
    labels[`goals.${index}.measure`] = `${row}: ${t('interventions.goals.measure')}`;
    labels[`goals.${index}.target`] = `${row}: ${t('interventions.goals.targetCount')}`;
    labels[`goals.${index}.targetPercent`] = `${row}: ${t('interventions.goals.targetPercent')}`;
    labels[`goals.${index}.comparison`] = `${row}: ${t('interventions.goals.comparison')}`;
    labels[`goals.${index}.period`] = `${row}: ${t('interventions.goals.period')}`;
  }
  for (let index = 0; index < 20; index += 1) {
    const row = t('applicationPipeline.form.budgetYear', { number: index + 1 });
    labels[`budgetYears.${index}.year`] = `${row}: ${t('applicationPipeline.form.year')}`;
    labels[`budgetYears.${index}.requestedOre`] = `${row}: ${t('applicationPipeline.form.requested')}`;
    labels[`budgetYears.${index}.ownContributionOre`] =
      `${row}: ${t('applicationPipeline.form.ownContribution')}`;
    const planned = `budgetYears.${index}.plannedParticipants`;
    labels[`${planned}.total`] = `${row}: ${t('applicationPipeline.form.plannedTotal')}`;
    labels[`${planned}.women`] = `${row}: ${t('applicationPipeline.form.plannedWomen')}`;
    labels[`${planned}.men`] = `${row}: ${t('applicationPipeline.form.plannedMen')}`;
    labels[`${planned}.otherUnknown`] = `${row}: ${t('applicationPipeline.form.plannedOther')}`;
  }
  return labels;
}

/**
 * An application's whole form (new, or editing a saved one): fields, parties, goals and budget per
 * year, checked in the browser by the domain's schema as the API checks it; the API's answers
 * (the Finsam party rule, a local group's budget) land beside their fields.
 */
export function ApplicationForm({
  fields,
  isNew,
  isPending,
  onSave,
  onCancel,
}: {
  fields: ApplicationFields | null;
  isNew: boolean;
  isPending: boolean;
  onSave: (values: ApplicationFormOutput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const tenant = useTenant();
  const localGroups = useQuery(trpc.interventions.localGroups.list.queryOptions({ tenant: slug }));
  const form = useSchemaForm({
    schema: applicationFormSchema,
    defaultValues: applicationValuesOf(fields),
    labels: labelsOf(t) as never,
  });
  const status = form.watch('status');
  const onSubmit = form.submit(async (values) => {
    if (isPending) return;
    await onSave(values);
  });
  const members = tenant.members.map((member) => ({ value: member.id, label: member.name }));
  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="application-form"
      label={isNew ? t('applicationPipeline.form.newTitle') : t('applicationPipeline.form.editTitle')}
    >
      <p>{t('applicationPipeline.form.intro')}</p>
      {isNew ? (
        <SelectField
          form={form}
          name="status"
          choices={initialApplicationStatuses.map((option) => ({
            value: option,
            label: t(`applicationLabels.status.${option}`),
          }))}
        />
      ) : null}
      <TextField form={form} name="title" />
      <TextField form={form} name="diaryNumber" />
      <SelectField
        form={form}
        name="kind"
        choices={applicationKinds.map((option) => ({
          value: option,
          label: t(`applicationLabels.kind.${option}`),
        }))}
      />
      <SelectField
        form={form}
        name="leadMemberId"
        choices={[{ value: '', label: t('applicationPipeline.form.chooseLead') }, ...members]}
      />
      <ChoiceGroup
        form={form}
        name="partyMemberIds"
        legend={t('applicationPipeline.form.partyMemberIds')}
        hint={t('applicationPipeline.form.partiesHint')}
        type="checkbox"
        options={members}
      />
      <SelectField
        form={form}
        name="localGroupId"
        choices={[
          { value: '', label: t('applicationPipeline.form.noLocalGroup') },
          ...(localGroups.data ?? []).map((group) => ({ value: group.id, label: group.name })),
        ]}
      />
      <TextField form={form} name="contact" />
      <ChoiceGroup
        form={form}
        name="targetGroupIds"
        legend={t('applicationPipeline.form.targetGroupIds')}
        type="checkbox"
        options={targetGroups.map((group) => ({ value: group.id, label: group.label }))}
      />
      <TextAreaField form={form} name="targetGroupText" rows={2} />
      <TextAreaField form={form} name="need" rows={4} />
      <TextAreaField form={form} name="purpose" rows={4} />
      <TextAreaField form={form} name="collaboration" rows={4} />
      <TextField form={form} name="startDate" hint={t('applicationPipeline.form.dateHint')} />
      <TextField form={form} name="endDate" hint={t('applicationPipeline.form.dateHint')} />
      {status === 'expected' || (!isNew && fields?.expectedYear !== null) ? (
        <>
          <TextField
            form={form}
            name="expectedYear"
            inputMode="numeric"
            hint={t('applicationPipeline.form.expectedHint')}
          />
          <MoneyField form={form} name="expectedAmountOre" />
        </>
      ) : null}
      <GoalRows form={form} />
      <BudgetYearRows form={form} />
      <SubmitOrCancel
        label={isNew ? t('applicationPipeline.form.create') : t('applicationPipeline.form.save')}
        pendingLabel={t('applicationPipeline.form.saving')}
        cancelLabel={t('applicationPipeline.form.cancel')}
        isPending={isPending}
        onCancel={onCancel}
      />
    </KitForm>
  );
}

export type { ApplicationFormOutput, ApplicationFormValues };
