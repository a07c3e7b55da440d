import { useId } from 'react';

/**
 * A date dialog's optional choice (the allocation a payment was booked as, the decision a report
 * was approved by): a select with its hint, "none" first.
 */
export function DateDialogChoice({
  label,
  hint,
  noneLabel,
  value,
  onChange,
  choices,
}: {
  label: string;
  hint: string;
  noneLabel: string;
  value: string;
  onChange: (value: string) => void;
  choices: readonly { value: string; label: string }[];
}) {
  const selectId = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={selectId}>
        {label}
      </label>
      <p className="field__hint" id={`${selectId}-hint`}>
        {hint}
      </p>
      <select
        id={selectId}
        className="field__input"
        value={value}
        aria-describedby={`${selectId}-hint`}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{noneLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
