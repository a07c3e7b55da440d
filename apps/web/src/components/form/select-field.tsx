import type { FieldValues, Path } from 'react-hook-form';
import { type Choice, ChoiceOptions } from '../filter-field.tsx';
import { FormField } from './form-field.tsx';
import type { SchemaForm } from './use-schema-form.ts';

/** A kit form's select: `FormField`'s label, hint and error around a select registered under `name`. */
export function SelectField<Values extends FieldValues, Parsed>({
  form,
  name,
  hint,
  choices,
}: {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  hint?: string | undefined;
  choices: readonly Choice[];
}) {
  return (
    <FormField form={form} name={name} hint={hint}>
      {(control) => (
        <select {...control} {...form.register(name)} className="field__input">
          <ChoiceOptions choices={choices} />
        </select>
      )}
    </FormField>
  );
}
