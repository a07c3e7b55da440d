import type { InputHTMLAttributes } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { FormField } from './form-field.tsx';
import type { SchemaForm } from './use-schema-form.ts';

/**
 * A money field's input: text, so "1 600 000" stays as typed and the form's schema
 * (`amountTextSchema`) reads it to öre; a decimal keyboard on phones; figures aligned right.
 */
export function MoneyInput(
  props: InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> },
) {
  return (
    <input
      {...props}
      type="text"
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      className="field__input field__input--amount"
    />
  );
}

/** A labelled money field of a kit form: label, hint and error beside a `MoneyInput`. */
export function MoneyField<Values extends FieldValues, Parsed>({
  form,
  name,
  hint,
  readOnly,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  hint?: string | undefined;
  readOnly?: boolean;
}) {
  return (
    <FormField form={form} name={name} hint={hint}>
      {(control) => <MoneyInput {...control} {...form.register(name)} readOnly={readOnly} />}
    </FormField>
  );
}
