import type { InputHTMLAttributes } from 'react';
import type { FieldValues, Path } from 'react-hook-form';
import { type Choice, ChoiceOptions } from '../../components/filter-field.tsx';
import { MoneyInput } from '../../components/form/money-input.tsx';
import type { SchemaForm } from '../../components/form/use-schema-form.ts';
import { CellField } from './cell-field.tsx';

interface CellProps<Values extends FieldValues, Parsed> {
  form: SchemaForm<Values, Parsed>;
  name: Path<Values>;
  /** A viewer sees the values in the same cells, read-only. */
  canEdit: boolean;
}

type InputProps = Pick<InputHTMLAttributes<HTMLInputElement>, 'inputMode' | 'placeholder'>;

/** An editing table's text cell, registered under `name` (see `CellField`). */
export function CellInput<Values extends FieldValues, Parsed>({
  form,
  name,
  canEdit,
  isShort = false,
  ...input
}: CellProps<Values, Parsed> & InputProps & { isShort?: boolean }) {
  return (
    <CellField form={form} name={name}>
      {(control) => (
        <input
          {...input}
          {...control}
          {...form.register(name)}
          className={isShort ? 'field__input field__input--short' : 'field__input'}
          readOnly={!canEdit}
        />
      )}
    </CellField>
  );
}

/** An editing table's amount cell: a `MoneyInput` registered under `name`. */
export function CellMoney<Values extends FieldValues, Parsed>({
  form,
  name,
  canEdit,
  placeholder,
}: CellProps<Values, Parsed> & { placeholder?: string }) {
  return (
    <CellField form={form} name={name}>
      {(control) => (
        <MoneyInput {...control} {...form.register(name)} placeholder={placeholder} readOnly={!canEdit} />
      )}
    </CellField>
  );
}

/** An editing table's choice cell: a select of `choices` registered under `name`. */
export function CellSelect<Values extends FieldValues, Parsed>({
  form,
  name,
  canEdit,
  choices,
}: CellProps<Values, Parsed> & { choices: readonly Choice[] }) {
  return (
    <CellField form={form} name={name}>
      {(control) => (
        <select {...control} {...form.register(name)} className="field__input" disabled={!canEdit}>
          <ChoiceOptions choices={choices} />
        </select>
      )}
    </CellField>
  );
}
