import { type HTMLInputTypeAttribute, type ReactNode, useId } from 'react';

/** One option of a `FilterSelect`: the value it stands for and what the user reads. */
export interface Choice<Value extends string = string> {
  value: Value;
  label: string;
}

/** A select's options, one per choice. */
export function ChoiceOptions({ choices }: { choices: readonly Choice[] }) {
  return choices.map((choice) => (
    <option key={choice.value} value={choice.value}>
      {choice.label}
    </option>
  ));
}

interface FrameProps {
  label: string;
  /** Beside its label, as in a toolbar, rather than under it. */
  isInline?: boolean;
}

/** The label and the control it names, under it or (inline) beside it. */
function FilterFrame({
  label,
  isInline = false,
  children,
}: FrameProps & { children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={isInline ? 'field field--inline' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

/**
 * A labelled select that acts as soon as it changes (a list's filter, a page's year): not a kit
 * form's field, so no schema and no error summary; the value lives in the page's state.
 */
export function FilterSelect<Value extends string>({
  label,
  value,
  onChange,
  choices,
  isInline = false,
}: FrameProps & {
  value: Value;
  onChange: (value: Value) => void;
  choices: readonly Choice<Value>[];
}) {
  return (
    <FilterFrame label={label} isInline={isInline}>
      {(id) => (
        <select
          id={id}
          className="field__input"
          value={value}
          // The options are the choices, so the value read back is one of them.
          onChange={(event) => onChange(event.target.value as Value)}
        >
          <ChoiceOptions choices={choices} />
        </select>
      )}
    </FilterFrame>
  );
}

/** A labelled input that acts as it changes (a search box, a filter's date), like `FilterSelect`. */
export function FilterInput({
  label,
  value,
  onChange,
  type = 'text',
  isInline = false,
  errorId,
}: FrameProps & {
  value: string;
  onChange: (value: string) => void;
  type?: HTMLInputTypeAttribute;
  /** The id of the message saying what is wrong with the value, when something is. */
  errorId?: string | undefined;
}) {
  return (
    <FilterFrame label={label} isInline={isInline}>
      {(id) => (
        <input
          id={id}
          className="field__input"
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
        />
      )}
    </FilterFrame>
  );
}
