import { type FieldValues, get, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueMessageKey } from '../../lib/error-message.ts';
import { fieldIdOf, type SchemaForm } from './use-schema-form.ts';
import './count-input.css';

/**
 * A count typed into a grid cell of a kit form, where the table's row and column headers are the
 * visible label: `label` repeats them for screen readers ("Nya deltagare, Kvinnor"), and the
 * problem, if any, is shown in the cell below the input and read with it.
 */
export function CountInput<Values extends FieldValues, Parsed>({
  form,
  name,
  label,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  label: string;
}) {
  const { t } = useTranslation();
  const id = fieldIdOf(form.formId, name);
  const error = get(form.formState.errors, name) as { message?: string; type?: string } | undefined;
  return (
    <>
      <input
        {...form.register(name)}
        id={id}
        className={`field__input count-input${error ? ' count-input--invalid' : ''}`}
        inputMode="numeric"
        autoComplete="off"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error ? (
        <span className="count-input__error" id={`${id}-error`}>
          {t(issueMessageKey(error.message, error.type))}
        </span>
      ) : null}
    </>
  );
}
