import {
  type ComputedMeasure,
  computedMeasureDefinitions,
  computedMeasures,
  defaultComputedMeasureParams,
  type IndicatorComparison,
  indicatorComparisons,
  indicatorSources,
  indicatorUnits,
  nnsIndicatorOf,
  nnsIndicators,
  outcomes,
  planIndicatorSchema,
} from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import { SelectField } from '../../components/form/select-field.tsx';
import { TextAreaField } from '../../components/form/text-area-field.tsx';
import { TextField } from '../../components/form/text-field.tsx';
import { useSchemaForm } from '../../components/form/use-schema-form.ts';
import { issuesUnder } from '../interventions/issues-under.ts';
import { useTenantSlug } from '../tenant/use-tenant-slug.ts';
import { PlanCheckboxes } from './plan-checkboxes.tsx';
import { type PlanFormProps, PlanPanelForm, planRef, planSubmit, usePlanSave } from './plan-panel-form.tsx';
import type { PlanIndicatorEntry } from './plan-shared.ts';

/** The form's first values: a stored indicator as typed text, or a new one to be registered. */
function valuesOf(indicator: PlanIndicatorEntry | null) {
  return {
    text: indicator?.text ?? '',
    source: indicator?.source ?? 'entered',
    computedMeasure: indicator?.computedMeasure ?? '',
    computedParams: indicator?.computedParams ?? {},
    nnsIndicatorCode: indicator?.nnsIndicatorCode ?? '',
    comparison: indicator?.comparison ?? 'atLeast',
    unit: indicator?.unit ?? 'percent',
    targetValue: indicator?.targetValue?.replace('.', ',') ?? '',
  };
}

/** Which comparisons fit the source: the national figure only for NNS, no judgement of a computed value. */
const comparisonsFor = (source: string): readonly IndicatorComparison[] =>
  indicatorComparisons.filter(
    (comparison) =>
      (comparison !== 'atLeastNational' || source === 'nns') &&
      (comparison !== 'judged' || source !== 'computed'),
  );

/**
 * Adds an indicator to a goal, or changes one: its source (computed by a named measure, an NNS
 * statement by its code, or registered at follow-up), comparison, unit and target. The domain's
 * indicator schema checks the fields against each other, beside each field, before the API does.
 */
export function PlanIndicatorForm({
  plan,
  goalId,
  indicator,
  onDone,
}: PlanFormProps & { goalId: string; indicator: PlanIndicatorEntry | null }) {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const save = usePlanSave((plans) => plans.saveIndicator.mutationOptions());
  const form = useSchemaForm({
    schema: planIndicatorSchema,
    defaultValues: valuesOf(indicator),
    labels: {
      text: t('plan.indicator.text'),
      source: t('plan.indicator.source'),
      computedMeasure: t('plan.indicator.measure'),
      'computedParams.outcomes': t('plan.indicator.outcomes'),
      'computedParams.meetingsPerTerm': t('plan.indicator.meetingsPerTerm'),
      nnsIndicatorCode: t('plan.indicator.nnsCode'),
      comparison: t('plan.indicator.comparison'),
      unit: t('plan.indicator.unit'),
      targetValue: t('plan.indicator.target'),
    },
  });
  const source = String(form.watch('source'));
  const measure = String(form.watch('computedMeasure') ?? '');
  const comparison = String(form.watch('comparison'));

  const onSubmit = planSubmit(
    form,
    save,
    (values) => ({ ...planRef(slug, plan), goalId, indicatorId: indicator?.id ?? null, indicator: values }),
    (error) => issuesUnder(error, 'indicator.'),
    () => onDone(true),
  );

  // Picking a source, measure or statement sets what follows from it, so the rules between the
  // fields hold without the editor having to know them.
  const sourceField = form.register('source', {
    onChange: (event: { target: { value: string } }) => {
      const next = event.target.value;
      if (next === 'nns') form.setValue('unit', 'score');
      if (!comparisonsFor(next).includes(form.getValues('comparison') as IndicatorComparison))
        form.setValue('comparison', 'atLeast');
    },
  });
  const measureField = form.register('computedMeasure', {
    onChange: (event: { target: { value: string } }) => {
      const next = event.target.value as ComputedMeasure | '';
      if (!next) return;
      form.setValue('computedParams', { ...defaultComputedMeasureParams[next] });
      form.setValue('unit', computedMeasureDefinitions[next].unit);
    },
  });
  const codeField = form.register('nnsIndicatorCode', {
    onChange: (event: { target: { value: string } }) => {
      const reference = nnsIndicatorOf(event.target.value);
      if (reference && !String(form.getValues('text') ?? '').trim()) form.setValue('text', reference.text);
    },
  });
  const comparisonField = form.register('comparison', {
    onChange: (event: { target: { value: string } }) => {
      if (event.target.value === 'judged') form.setValue('unit', 'none');
      else if (form.getValues('unit') === 'none')
        form.setValue('unit', source === 'nns' ? 'score' : 'percent');
    },
  });

  return (
    <PlanPanelForm
      form={form}
      onSubmit={onSubmit}
      heading={t('plan.indicator.formTitle')}
      isPending={save.isPending}
      onCancel={() => onDone(false)}
    >
      <FormField form={form} name="source" hint={t(`plan.indicator.sourceHints.${source as 'computed'}`)}>
        {(control) => (
          <select {...control} {...sourceField} className="field__input">
            {indicatorSources.map((option) => (
              <option key={option} value={option}>
                {t(`plan.indicator.sources.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {source === 'computed' ? (
        <>
          <FormField form={form} name="computedMeasure">
            {(control) => (
              <select {...control} {...measureField} className="field__input">
                <option value="">{t('plan.indicator.chooseMeasure')}</option>
                {computedMeasures.map((option) => (
                  <option key={option} value={option}>
                    {t(computedMeasureDefinitions[option].labelKey)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {measure === 'participantOutcomeShare' ? (
            <PlanCheckboxes
              form={form}
              name="computedParams.outcomes"
              legend={t('plan.indicator.outcomes')}
              choices={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.label }))}
            />
          ) : null}
          {measure === 'localGroupsMeetingPerTermShare' ? (
            <>
              <FormField form={form} name="computedParams.meetingsPerTerm">
                {(control) => (
                  <input
                    {...control}
                    {...form.register('computedParams.meetingsPerTerm', {
                      setValueAs: (value: unknown) =>
                        typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value,
                    })}
                    className="field__input"
                    inputMode="numeric"
                    autoComplete="off"
                  />
                )}
              </FormField>
              <label className="plan-checkbox">
                <input type="checkbox" {...form.register('computedParams.requireAllPartiesPresent')} />
                {t('plan.indicator.requireAllParties')}
              </label>
            </>
          ) : null}
        </>
      ) : null}
      {source === 'nns' ? (
        <FormField form={form} name="nnsIndicatorCode" hint={t('plan.indicator.nnsCodeHint')}>
          {(control) => (
            <select {...control} {...codeField} className="field__input">
              <option value="">{t('plan.indicator.chooseNns')}</option>
              {nnsIndicators.map((option) => (
                <option key={option.code} value={option.code}>
                  {t('plan.indicator.nnsWording', { code: option.code, text: option.text })}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <TextAreaField form={form} name="text" rows={2} />
      <FormField form={form} name="comparison">
        {(control) => (
          <select {...control} {...comparisonField} className="field__input">
            {comparisonsFor(source).map((option) => (
              <option key={option} value={option}>
                {t(`plan.indicator.comparisons.${option}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <SelectField
        form={form}
        name="unit"
        choices={indicatorUnits.map((option) => ({
          value: option,
          label: t(`plan.indicator.units.${option}`),
        }))}
      />
      {comparison === 'atLeast' || comparison === 'atMost' ? (
        <TextField
          form={form}
          name="targetValue"
          inputMode="decimal"
          autoComplete="off"
          hint={t('plan.indicator.targetHint')}
        />
      ) : null}
    </PlanPanelForm>
  );
}
