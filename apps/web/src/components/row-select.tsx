import { type Choice, ChoiceOptions } from './filter-field.tsx';

/** Options under a heading of their own (an `optgroup`); a group without choices is left out. */
export interface ChoiceGroup {
  group: string;
  choices: readonly Choice[];
}

/**
 * A table row's chooser (which line an account goes on, which intervention an object is): it
 * acts as soon as it changes, like `FilterSelect`, but sits in a cell, so its name says the row
 * ("Budgetrad för konto 7010 Löner") instead of a visible label above it.
 */
export function RowSelect({
  label,
  value,
  onChange,
  options,
  disabled = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly (Choice | ChoiceGroup)[];
  disabled?: boolean;
}) {
  return (
    <select
      className="field__input"
      aria-label={label}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    >
      {options.map((option) =>
        'group' in option ? (
          option.choices.length > 0 ? (
            <optgroup key={option.group} label={option.group}>
              <ChoiceOptions choices={option.choices} />
            </optgroup>
          ) : null
        ) : (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ),
      )}
    </select>
  );
}
