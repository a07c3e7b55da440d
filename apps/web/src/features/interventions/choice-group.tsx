import type { ReactNode } from 'react';
import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldIdOf, type SchemaForm } from '../../components/form/use-schema-form.ts';
import { issueMessageKey } from '../../lib/error-message.ts';

/**
 * Checkboxes (a list of ids) or radio buttons (one choice) of a kit form in a fieldset: the legend
 * names the group, its problem is shown under it, and the summary's link lands on the fieldset.
 */
export function ChoiceGroup<Values extends FieldValues, Parsed>({
  form,
  name,
  legend,
  hint,
  type,
  options,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  legend: string;
  hint?: ReactNode;
  type: 'checkbox' | 'radio';
  options: readonly { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const id = fieldIdOf(form.formId, name);
  const error = get(form.formState.errors, name) as { message?: string; type?: string } | undefined;
  return (
    <fieldset
      className="insatser-checks"
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend>{legend}</legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, error.type))}
        </p>
      ) : null}
      <div className="insatser-checks__list">
        {options.map((option) => (
          <div className="insatser-check" key={option.value}>
            <input type={type} id={`${id}-${option.value}`} value={option.value} {...form.register(name)} />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
