import { todayInSweden } from '@samsyn/domain';
import type { ComponentProps, ReactNode } from 'react';
import { useId, useState } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';

/**
 * What a date dialog holds: the day (today at first) and the problem it shows, which is the
 * schema's "not a date" or the API's answer. `dialogProps` hands both to the DateDialog.
 */
export function useDateDialogState() {
  const [date, setDate] = useState(todayInSweden());
  const [error, setError] = useState<Message | null>(null);
  return {
    date,
    /**
     * Does the dialog's act with what the act's schema made of the day: a day it refuses shows
     * "not a date", a refusal of the API its sentence, both in the dialog.
     */
    act: async <Input,>(
      parsed: { success: true; data: Input } | { success: false },
      run: (input: Input) => Promise<void>,
    ) => {
      if (!parsed.success) return setError({ key: 'validation.agreements.dateInvalid' });
      try {
        await run(parsed.data);
      } catch (failure) {
        setError(errorMessageOf(failure));
      }
    },
    dialogProps: { date, onDateChange: setDate, error },
  };
}

/**
 * A confirmation (`ConfirmDialog`'s props, `primary` unless told) that asks for one day (paid,
 * signed, submitted, approved, closed) and optionally more fields (`children`): the native
 * dialog's focus handling, the field's label, the field marked invalid while there is a problem,
 * and the problem (the schema's sentence or the API's) in the dialog's alert, which the field names
 * as its description.
 */
export function DateDialog({
  dateLabel,
  date,
  onDateChange,
  error,
  tone = 'primary',
  children,
  ...dialog
}: Omit<ComponentProps<typeof ConfirmDialog>, 'children'> & {
  dateLabel: string;
  date: string;
  onDateChange: (date: string) => void;
  error: Message | null;
  children?: ReactNode;
}) {
  const id = useId();
  return (
    <ConfirmDialog {...dialog} tone={tone} error={error} errorId={`${id}-problem`}>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {dateLabel}
        </label>
        <input
          id={id}
          type="date"
          className="field__input"
          value={date}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-problem` : undefined}
          onChange={(event) => onDateChange(event.target.value)}
        />
      </div>
      {children}
    </ConfirmDialog>
  );
}
