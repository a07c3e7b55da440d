import type { ReactNode } from 'react';
import { useId } from 'react';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import type { Message } from '../../../lib/message-key.ts';

/**
 * A confirmation that asks for one day (paid, signed, submitted, approved, closed) and optionally
 * more fields (`children`): the native dialog's focus handling, the field's label, and its error
 * beside it (the schema's sentence) as well as in the dialog's alert.
 */
export function DateDialog({
  isOpen,
  title,
  confirmLabel,
  dateLabel,
  date,
  onDateChange,
  error,
  isPending,
  onConfirm,
  onCancel,
  children,
  tone = 'primary',
}: {
  isOpen: boolean;
  title: string;
  confirmLabel: string;
  dateLabel: string;
  date: string;
  onDateChange: (date: string) => void;
  error: Message | null;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  children?: ReactNode;
  tone?: 'primary' | 'danger';
}) {
  const id = useId();
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title={title}
      confirmLabel={confirmLabel}
      tone={tone}
      isPending={isPending}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
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
          onChange={(event) => onDateChange(event.target.value)}
        />
      </div>
      {children}
    </ConfirmDialog>
  );
}
