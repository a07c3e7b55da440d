import { type CreateInterventionInput, followUpMethods } from '@samsyn/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import { ChoiceGroup } from './choice-group.tsx';
import type { InterventionFormValues } from './intervention-form-values.ts';
import type { InterventionDetail } from './shared.tsx';

/**
 * The fields FK's Uppföljning Finsam asks of an intervention: ESF-financed, follow-up method and
 * detailed direction. Once a period the intervention ran in is registered there they are shown,
 * not offered, with the reason (the API refuses a change to them too).
 */
export function FinsamFormFields({
  form,
  detail,
}: {
  form: SchemaForm<InterventionFormValues, CreateInterventionInput>;
  detail: InterventionDetail | null;
}) {
  const { t } = useTranslation();
  const registered = detail?.finsamRegisteredPeriods ?? [];
  if (detail && registered.length > 0) {
    const i = detail.intervention;
    return (
      <fieldset className="insatser-checks">
        <legend>{t('interventions.form.finsamLegend')}</legend>
        <p className="field__hint">
          {t('interventions.form.finsamLocked', {
            periods: registered.map((entry) => entry.period).join(', '),
          })}
        </p>
        <dl className="insatser-facts">
          <dt>{t('interventions.form.esf')}</dt>
          <dd>{t(i.isEsfFunded ? 'interventions.form.esfYes' : 'interventions.form.esfNo')}</dd>
          <dt>{t('interventions.form.followUpMethod')}</dt>
          <dd>
            {i.followUpMethod
              ? t(`interventions.followUpMethods.${i.followUpMethod}`)
              : t('interventions.form.noFollowUpMethod')}
          </dd>
          <dt>{t('interventions.form.detailedDirection')}</dt>
          <dd>{i.detailedDirection || '–'}</dd>
        </dl>
      </fieldset>
    );
  }
  return (
    <fieldset className="insatser-checks">
      <legend>{t('interventions.form.finsamLegend')}</legend>
      <ChoiceGroup
        form={form}
        name="isEsfFunded"
        type="radio"
        legend={t('interventions.form.esf')}
        options={[
          { value: 'yes', label: t('interventions.form.esfYes') },
          { value: 'no', label: t('interventions.form.esfNo') },
        ]}
      />
      <FormField form={form} name="followUpMethod">
        {(control) => (
          <select {...control} {...form.register('followUpMethod')} className="field__input">
            <option value="">{t('interventions.form.noFollowUpMethod')}</option>
            {followUpMethods.map((method) => (
              <option key={method} value={method}>
                {t(`interventions.followUpMethods.${method}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField form={form} name="detailedDirection" hint={t('interventions.form.detailedDirectionHint')}>
        {(control) => <input {...control} {...form.register('detailedDirection')} className="field__input" />}
      </FormField>
    </fieldset>
  );
}
