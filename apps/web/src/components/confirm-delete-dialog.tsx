import type { ReactNode } from 'react';
import { errorMessageOf } from '../lib/error-message.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';

/** What the dialog needs of a delete mutation (`useApiMutation`'s result has it). */
interface DeleteMutation<Input> {
  isPending: boolean;
  error: unknown;
  mutate: (input: Input, options: { onSuccess: () => void }) => void;
  reset: () => void;
}

/**
 * Asks before deleting one thing. Open while `input` (what the delete is sent) is set; on confirm
 * the mutation runs, and on success the dialog closes (or `onDeleted` takes over, e.g. to leave a
 * page that no longer exists). A refusal is shown inside the dialog; cancelling forgets it, so
 * the next question starts clean.
 */
export function ConfirmDeleteDialog<Input>({
  input,
  mutation,
  onClose,
  onDeleted = onClose,
  title,
  confirmLabel,
  children,
}: {
  input: Input | null;
  mutation: DeleteMutation<Input>;
  onClose: () => void;
  onDeleted?: () => void;
  title: string;
  confirmLabel: string;
  children: ReactNode;
}) {
  return (
    <ConfirmDialog
      isOpen={input !== null}
      title={title}
      confirmLabel={confirmLabel}
      isPending={mutation.isPending}
      error={mutation.error ? errorMessageOf(mutation.error) : null}
      onConfirm={() => input !== null && mutation.mutate(input, { onSuccess: onDeleted })}
      onCancel={() => {
        onClose();
        mutation.reset();
      }}
    >
      {children}
    </ConfirmDialog>
  );
}
