import type { InputHTMLAttributes } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { FormField } from './form-field.tsx';
import type { SchemaForm } from './use-schema-form.ts';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name' | 'form' | 'className'>;

/**
 * A kit form's plain input (text, e-mail, password, date): `FormField`'s label, hint and error
 * around an input registered under `name`. Other attributes (type, autoComplete) pass through.
 */
export function TextField<Values extends FieldValues, Parsed>({
  form,
  name,
  hint,
  ...input
}: { form: SchemaForm<Values, Parsed>; name: Path<Values>; hint?: string | undefined } & InputProps) {
  return (
    <FormField form={form} name={name} hint={hint}>
      {(control) => <input {...input} {...control} {...form.register(name)} className="field__input" />}
    </FormField>
  );
}
