import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldFrame } from './field-frame.tsx';

/**
 * A labelled file chooser: label, optional hint, the problem beside the field (a file that could
 * not be read), and the chosen file's name announced, since a screen reader says nothing when
 * the native dialog closes. The announcement repeats the problem, because focus stays on the
 * input and a described-by text is only read when focus arrives. To empty the field after the
 * file has been used, give it a new `key`.
 */
export function FileField({
  label,
  hint,
  error,
  accept,
  describedBy,
  onFile,
}: {
  label: string;
  hint?: string | undefined;
  /** The problem, already in Swedish. */
  error?: string | undefined;
  accept: string;
  /** The id of a text outside the field that also describes it (a page's introduction). */
  describedBy?: string | undefined;
  /** The chosen file, or null when the choice was cleared. */
  onFile: (file: File | null) => void;
}) {
  const { t } = useTranslation();
  const [chosenName, setChosenName] = useState<string | null>(null);
  const id = useId();

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0] ?? null;
    setChosenName(file?.name ?? null);
    onFile(file);
  }

  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            {...control}
            aria-describedby={
              [describedBy, control['aria-describedby']].filter(Boolean).join(' ') || undefined
            }
            type="file"
            className="field__input"
            accept={accept}
            onChange={onChange}
          />
          <p className="visually-hidden" aria-live="polite">
            {chosenName ? t('form.chosenFile', { name: chosenName }) : ''}
            {chosenName && error ? ` ${error}` : ''}
          </p>
        </>
      )}
    </FieldFrame>
  );
}
