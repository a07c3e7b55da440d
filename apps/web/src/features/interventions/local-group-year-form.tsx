import { terms } from '@samsyn/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../components/form/form-error-summary.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { fieldIdOf, useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import {
  localGroupYearTermValuesOf,
  localGroupYearWithTermsFormSchema,
  termMeetingsField,
  termPartiesField,
  termSumOf,
} from './local-group-term-values.ts';
import { SaveOrCancel } from './save-or-cancel.tsx';
import type { LocalGroupItem } from './shared.tsx';

/**
 * A local group's year: budget, spend, meetings held, whether the action plan is up to date, and the
 * meetings per term (issue 20); once a term is filled in, the year's meetings are the terms' sum.
 */
export function LocalGroupYearForm({
  group,
  year,
  onDone,
}: {
  group: LocalGroupItem;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const termLabel = (what: 'meetings' | 'allPartiesPresent', term: (typeof terms)[number]) =>
    t(`interventions.localGroups.terms.${what}`, {
      term: t(`interventions.localGroups.terms.${term}`).toLowerCase(),
    });
  const trpc = useTRPC();
  const slug = useTenantSlug();
  const headingId = useId();
  const existing = group.years.find((entry) => entry.year === year);
  const form = useSchemaForm({
    schema: localGroupYearWithTermsFormSchema(year),
    // The form edits the typed spend; the page shows the books' figure where there is one.
    defaultValues: localGroupYearTermValuesOf(existing && { ...existing, spend: existing.typedSpend }),
    labels: {
      budget: t('interventions.localGroups.budget'),
      spend: t('interventions.localGroups.spend'),
      meetingsHeld: t('interventions.localGroups.meetings'),
      hasUpdatedActionPlan: t('interventions.localGroups.actionPlan'),
      springMeetings: termLabel('meetings', 'spring'),
      autumnMeetings: termLabel('meetings', 'autumn'),
    },
  });
  const termSum = termSumOf(form.watch());
  const save = useApiMutation(trpc.interventions.localGroups.saveYear.mutationOptions(), {
    invalidates: () => [{ queryKey: trpc.interventions.pathKey() }],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: slug,
      localGroupId: group.id,
      ...values,
      expectedVersion: existing?.version ?? null,
    });
    onDone();
  });
  const amountInput = (name: 'budget' | 'spend') => (
    <FormField
      form={form}
      name={name}
      hint={t(name === 'spend' ? 'interventions.detail.typedSpendHint' : 'interventions.detail.amountHint')}
    >
      {(control) => (
        <input {...control} {...form.register(name)} className="field__input" inputMode="decimal" />
      )}
    </FormField>
  );
  const actionPlanId = fieldIdOf(form.formId, 'hasUpdatedActionPlan');

  return (
    <form className="insatser-panel" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('interventions.localGroups.yearTitle', { name: group.name, year })}</h2>
      <FormErrorSummary form={form} />
      {amountInput('budget')}
      {amountInput('spend')}
      <fieldset className="insatser-fieldset">
        <legend>{t('interventions.localGroups.terms.legend')}</legend>
        <p className="field__hint">{t('interventions.localGroups.terms.hint')}</p>
        {terms.map((term) => {
          const partiesId = fieldIdOf(form.formId, termPartiesField(term));
          return (
            <div key={term}>
              <FormField form={form} name={termMeetingsField(term)}>
                {(control) => (
                  <input
                    {...control}
                    {...form.register(termMeetingsField(term))}
                    className="field__input"
                    inputMode="numeric"
                  />
                )}
              </FormField>
              <div className="insatser-check">
                <input type="checkbox" id={partiesId} {...form.register(termPartiesField(term))} />
                <label htmlFor={partiesId}>{termLabel('allPartiesPresent', term)}</label>
              </div>
            </div>
          );
        })}
      </fieldset>
      {termSum === null ? (
        <FormField form={form} name="meetingsHeld">
          {(control) => (
            <input
              {...control}
              {...form.register('meetingsHeld')}
              className="field__input"
              inputMode="numeric"
            />
          )}
        </FormField>
      ) : (
        <p>{t('interventions.localGroups.terms.yearSum', { count: termSum })}</p>
      )}
      <div className="insatser-check">
        <input type="checkbox" id={actionPlanId} {...form.register('hasUpdatedActionPlan')} />
        <label htmlFor={actionPlanId}>{t('interventions.localGroups.actionPlan')}</label>
      </div>
      <SaveOrCancel isPending={save.isPending} onCancel={onDone} />
    </form>
  );
}
