import { useId } from 'react';
import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import { issueMessageKey } from '../../lib/error-message.ts';

/**
 * A plan form's set of checkboxes registered under one `name` (an array of the checked values): a
 * fieldset whose legend names it, with the error in Swedish under the legend, described by it.
 */
export function PlanCheckboxes<Values extends FieldValues, Parsed>({
  form,
  name,
  legend,
  choices,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  legend: string;
  choices: readonly { value: string; label: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const error = get(form.formState.errors, name) as { message?: string } | undefined;
  return (
    <fieldset className="field plan-checkboxes" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="field__label">{legend}</legend>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, 'custom'))}
        </p>
      ) : null}
      {choices.map((choice) => (
        <label key={choice.value} className="plan-checkbox">
          <input type="checkbox" value={choice.value} {...form.register(name)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
