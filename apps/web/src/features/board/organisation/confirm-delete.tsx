import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { RowAction } from '../../../components/data-table.tsx';
import { errorMessageOf } from '../../../lib/error-message.ts';
import type { Message } from '../../../lib/message-key.ts';

/**
 * A row's "Ta bort" that asks first: the dialog names what goes, and a refusal (a body with
 * meetings, a person with seats) is shown in it with the server's reason.
 */
export function ConfirmDeleteAction({
  subject,
  title,
  text,
  onDelete,
}: {
  subject: string;
  title: string;
  text: string;
  onDelete: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<Message | null>(null);
  async function confirm() {
    setIsPending(true);
    setError(null);
    try {
      await onDelete();
      setIsOpen(false);
    } catch (failure) {
      setError(errorMessageOf(failure));
    } finally {
      setIsPending(false);
    }
  }
  return (
    <>
      <RowAction
        label={t('boardOrganisation.actions.delete')}
        subject={subject}
        onClick={() => setIsOpen(true)}
      />
      <ConfirmDialog
        isOpen={isOpen}
        title={title}
        confirmLabel={t('boardOrganisation.actions.confirmDelete')}
        isPending={isPending}
        error={error}
        onConfirm={() => void confirm()}
        onCancel={() => {
          setIsOpen(false);
          setError(null);
        }}
      >
        <p>{text}</p>
      </ConfirmDialog>
    </>
  );
}
