import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/form/form-field.tsx';
import type { OnboardForm } from './onboard-form.tsx';

/** Up to this many members named by hand (the schema's limit). */
export const MAX_OTHER_MEMBERS = 50;

/**
 * Members the municipality list does not have, named by hand with their kind: a renamed or merged
 * municipality, a kommunalförbund.
 */
export function OtherMembers({ form }: { form: OnboardForm }) {
  const { t } = useTranslation();
  const members = useFieldArray({ control: form.control, name: 'otherMembers' });
  return (
    <fieldset>
      <legend>{t('administration.onboard.otherMembersLegend')}</legend>
      <p className="field__hint">{t('administration.onboard.otherMembersHint')}</p>
      {members.fields.map((field, index) => (
        <div key={field.id} className="inline-form">
          <FormField form={form} name={`otherMembers.${index}.name`}>
            {(control) => (
              <input {...control} {...form.register(`otherMembers.${index}.name`)} className="field__input" />
            )}
          </FormField>
          <FormField form={form} name={`otherMembers.${index}.kind`}>
            {(control) => (
              <select {...control} {...form.register(`otherMembers.${index}.kind`)} className="field__input">
                <option value="municipality">{t('administration.members.kinds.municipality')}</option>
                <option value="region">{t('administration.members.kinds.region')}</option>
              </select>
            )}
          </FormField>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => members.remove(index)}
          >
            {t('administration.onboard.removeOtherMember', { number: index + 1 })}
          </button>
        </div>
      ))}
      {members.fields.length < MAX_OTHER_MEMBERS ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => members.append({ name: '', kind: 'municipality' }, { shouldFocus: true })}
        >
          {t('administration.onboard.addOtherMember')}
        </button>
      ) : null}
    </fieldset>
  );
}
