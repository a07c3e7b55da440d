import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { KitForm } from '../../components/form/kit-form.tsx';
import { MoneyField } from '../../components/form/money-input.tsx';
import { SubmitButton } from '../../components/form/submit-button.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useApiMutation } from '../../lib/use-api-mutation.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { contributionsFormSchema, contributionsFormValuesOf } from './contributions-form.ts';
import { useMoneyUnit } from './money-unit.ts';

type ContributionsView = inferRouterOutputs<AppRouter>['economy']['contributions']['get'];

/** Edits a period's plan: basis, the key between the municipalities, and amounts set by hand. */
export function ContributionsEditor({
  view,
  onDone,
}: {
  view: ContributionsView;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const tenant = useTenant();
  const trpc = useTRPC();
  const shownUnit = useMoneyUnit();
  const [unit] = useState(shownUnit);
  const plan = view.plan;
  const municipalities = view.members.filter((member) => member.kind === 'municipality');
  const lines = [
    { id: 'state', name: t('economy.funderGroups.state') },
    ...view.members.filter((member) => member.kind !== 'fk' && member.kind !== 'af'),
  ];
  const form = useSchemaForm({
    schema: contributionsFormSchema(unit),
    defaultValues: contributionsFormValuesOf(
      plan,
      municipalities.map((member) => member.id),
      lines.map((line) => line.id),
      view.year - 1,
      unit,
    ),
    labels: {},
  });
  const keyKind = form.watch('keyKind');
  Object.assign(form.labels, {
    basisKind: t('economy.contributions.basis'),
    basisAmount: t('economy.contributions.basisAmountIn', { unit }),
    keyKind: t('economy.contributions.key'),
    populationYear: t('economy.contributions.populationYear'),
    ...Object.fromEntries(
      municipalities.map((member, index) => [
        `keyValues.${index}.value`,
        keyKind === 'population'
          ? t('economy.contributions.population', { name: member.name })
          : t('economy.contributions.percentFor', { name: member.name }),
      ]),
    ),
    ...Object.fromEntries(
      lines.flatMap((line, index) => [
        [`overrides.${index}.amount`, t('economy.contributions.overrideFor', { name: line.name, unit })],
        [`overrides.${index}.comment`, t('economy.contributions.overrideComment', { name: line.name })],
      ]),
    ),
  });
  const save = useApiMutation(trpc.economy.contributions.save.mutationOptions(), {
    invalidates: () => [trpc.economy.pathFilter()],
  });
  const onSubmit = form.submit(async (values) => {
    if (save.isPending) return;
    await save.mutateAsync({
      tenant: tenant.slug,
      year: view.year,
      period: view.period,
      ...values,
      stateLines: plan?.stateLines ?? { kind: 'combined' },
      expectedVersion: plan?.version ?? null,
    });
    onDone(true);
  });

  return (
    <KitForm
      form={form}
      onSubmit={onSubmit}
      className="economy-form no-print"
      label={t('economy.contributions.formLabel')}
    >
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.basis')}</legend>
        {(['state', 'total'] as const).map((kind) => (
          <label key={kind} className="economy-radio">
            <input type="radio" value={kind} {...form.register('basisKind')} />{' '}
            {kind === 'state' ? t('economy.contributions.basisState') : t('economy.contributions.basisTotal')}
          </label>
        ))}
      </fieldset>
      <MoneyField form={form} name="basisAmount" />
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.key')}</legend>
        {(['population', 'agreed'] as const).map((kind) => (
          <label key={kind} className="economy-radio">
            <input type="radio" value={kind} {...form.register('keyKind')} />{' '}
            {kind === 'population'
              ? t('economy.contributions.keyPopulation')
              : t('economy.contributions.keyAgreed')}
          </label>
        ))}
      </fieldset>
      {keyKind === 'population' ? (
        <FormField form={form} name="populationYear">
          {(control) => (
            <input
              {...control}
              {...form.register('populationYear')}
              className="field__input field__input--short"
              inputMode="numeric"
            />
          )}
        </FormField>
      ) : null}
      {municipalities.map((member, index) => (
        <FormField key={member.id} form={form} name={`keyValues.${index}.value`}>
          {(control) => (
            <input
              {...control}
              {...form.register(`keyValues.${index}.value`)}
              className="field__input field__input--amount"
              inputMode="decimal"
            />
          )}
        </FormField>
      ))}
      <fieldset className="field">
        <legend className="field__label">{t('economy.contributions.override')}</legend>
        {lines.map((line, index) => (
          <div key={line.id} className="economy-override">
            <MoneyField form={form} name={`overrides.${index}.amount`} />
            <FormField form={form} name={`overrides.${index}.comment`}>
              {(control) => (
                <input
                  {...control}
                  {...form.register(`overrides.${index}.comment`)}
                  className="field__input"
                />
              )}
            </FormField>
          </div>
        ))}
      </fieldset>
      <div className="economy-actions">
        <SubmitButton
          label={t('economy.common.save')}
          isPending={save.isPending}
          pendingLabel={t('economy.common.saving')}
        />
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('economy.common.cancel')}
        </button>
      </div>
    </KitForm>
  );
}
