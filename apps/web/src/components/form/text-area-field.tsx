import type { FieldValues, Path } from 'react-hook-form';
import { FormField } from './form-field.tsx';
import type { SchemaForm } from './use-schema-form.ts';

/** A kit form's several-line text: `FormField`'s label, hint and error around a textarea registered under `name`. */
export function TextAreaField<Values extends FieldValues, Parsed>({
  form,
  name,
  hint,
  rows,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  hint?: string | undefined;
  rows: number;
}) {
  return (
    <FormField form={form} name={name} hint={hint}>
      {(control) => <textarea {...control} {...form.register(name)} className="field__input" rows={rows} />}
    </FormField>
  );
}
