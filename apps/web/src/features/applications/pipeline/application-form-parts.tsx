import { countMeasures, type Goal, shareMeasures, todayInSweden } from '@samsyn/domain';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../components/form/form-field.tsx';
import { MoneyField } from '../../../components/form/money-input.tsx';
import { SelectField } from '../../../components/form/select-field.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import type { SchemaForm } from '../../../components/form/use-schema-form.ts';
import {
  type ApplicationFormOutput,
  type ApplicationFormValues,
  emptyBudgetYearRow,
  emptyGoalRow,
} from './application-form-values.ts';

type Form = SchemaForm<ApplicationFormValues, ApplicationFormOutput>;

/** The application's goals in the interventions' goal model: type, description, measure, target, period. */
export function GoalRows({ form }: { form: Form }) {
  const { t } = useTranslation();
  const goals = useFieldArray({ control: form.control, name: 'goals' });
  return (
    <fieldset className="application-form__group">
      <legend>{t('applicationPipeline.form.goals')}</legend>
      <p className="field__hint">{t('applicationPipeline.form.goalsIntro')}</p>
      {goals.fields.map((field, index) => (
        <GoalRow key={field.id} form={form} index={index} onRemove={() => goals.remove(index)} />
      ))}
      <button type="button" className="button button--secondary" onClick={() => goals.append(emptyGoalRow())}>
        {t('applicationPipeline.form.addGoal')}
      </button>
    </fieldset>
  );
}

function GoalRow({ form, index, onRemove }: { form: Form; index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const type = form.watch(`goals.${index}.type`);
  const measures = type === 'share' ? shareMeasures : countMeasures;
  const number = index + 1;
  return (
    <fieldset className="application-form__row">
      <legend>{t('applicationPipeline.form.goal', { number })}</legend>
      <SelectField
        form={form}
        name={`goals.${index}.type`}
        choices={(['qualitative', 'count', 'share'] as const satisfies Goal['type'][]).map((option) => ({
          value: option,
          label: t(`interventions.goals.types.${option}`),
        }))}
      />
      <FormField form={form} name={`goals.${index}.description`}>
        {(control) => (
          <textarea
            {...control}
            {...form.register(`goals.${index}.description`)}
            className="field__input"
            rows={2}
          />
        )}
      </FormField>
      {type === 'qualitative' ? null : (
        <>
          <SelectField
            key={type}
            form={form}
            name={`goals.${index}.measure`}
            choices={measures.map((measure) => ({ value: measure.id, label: measure.label }))}
          />
          {type === 'count' ? (
            <TextField form={form} name={`goals.${index}.target`} inputMode="numeric" />
          ) : (
            <>
              <SelectField
                form={form}
                name={`goals.${index}.comparison`}
                choices={(['at_least', 'at_most'] as const).map((option) => ({
                  value: option,
                  label: t(`interventions.goals.comparisons.${option}`),
                }))}
              />
              <TextField form={form} name={`goals.${index}.targetPercent`} inputMode="numeric" />
            </>
          )}
          <TextField form={form} name={`goals.${index}.period`} hint={t('interventions.goals.periodHint')} />
        </>
      )}
      <button type="button" className="button button--secondary" onClick={onRemove}>
        {t('applicationPipeline.form.removeGoal', { number })}
      </button>
    </fieldset>
  );
}

/** The budget applied for, per year, with planned participants by gender. */
export function BudgetYearRows({ form }: { form: Form }) {
  const { t } = useTranslation();
  const years = useFieldArray({ control: form.control, name: 'budgetYears' });
  const nextYear = () => {
    const last =
      years.fields.length > 0 ? Number(form.getValues(`budgetYears.${years.fields.length - 1}.year`)) : NaN;
    return Number.isInteger(last) ? last + 1 : Number(todayInSweden().slice(0, 4));
  };
  return (
    <fieldset className="application-form__group">
      <legend>{t('applicationPipeline.form.budget')}</legend>
      <p className="field__hint">{t('applicationPipeline.form.budgetIntro')}</p>
      {years.fields.map((field, index) => (
        <fieldset className="application-form__row" key={field.id}>
          <legend>{t('applicationPipeline.form.budgetYear', { number: index + 1 })}</legend>
          <TextField form={form} name={`budgetYears.${index}.year`} inputMode="numeric" />
          <MoneyField form={form} name={`budgetYears.${index}.requestedOre`} />
          <MoneyField form={form} name={`budgetYears.${index}.ownContributionOre`} />
          <TextField
            form={form}
            name={`budgetYears.${index}.plannedParticipants.total`}
            inputMode="numeric"
          />
          <TextField
            form={form}
            name={`budgetYears.${index}.plannedParticipants.women`}
            inputMode="numeric"
          />
          <TextField form={form} name={`budgetYears.${index}.plannedParticipants.men`} inputMode="numeric" />
          <TextField
            form={form}
            name={`budgetYears.${index}.plannedParticipants.otherUnknown`}
            inputMode="numeric"
          />
          <button type="button" className="button button--secondary" onClick={() => years.remove(index)}>
            {t('applicationPipeline.form.removeYear', { number: index + 1 })}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => years.append(emptyBudgetYearRow(nextYear()))}
      >
        {t('applicationPipeline.form.addYear')}
      </button>
    </fieldset>
  );
}
