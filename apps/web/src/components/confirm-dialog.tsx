import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../lib/message-key.ts';
import { ModalDialog } from './modal-dialog.tsx';
import { ErrorNotice } from './notice.tsx';

interface ConfirmDialogProps {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /**
   * `danger` (red) for what cannot be undone lightly — delete, archive, deactivate; `primary` for
   * acts that only need a second look, such as publishing in the national catalogue.
   */
  tone?: 'danger' | 'primary';
  isPending?: boolean;
  /** False while the dialog still needs input (the slug typed to confirm a deletion). */
  canConfirm?: boolean;
  error?: Message | null;
  /** The alert's id, for a field the problem is about to name it in `aria-describedby`. */
  errorId?: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * The app's one confirmation dialog, in the modal frame (`ModalDialog`): a question, the act's
 * button and Cancel.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  tone = 'danger',
  isPending = false,
  canConfirm = true,
  error = null,
  errorId,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending || !canConfirm) return;
    onConfirm();
  }

  return (
    <ModalDialog isOpen={isOpen} onCancel={onCancel}>
      {(titleId) => (
        // noValidate: the act checks its own fields and says what is wrong in Swedish, in the
        // dialog's alert; the browser's bubble would speak the browser's language instead.
        <form onSubmit={onSubmit} className="confirm-dialog__form" noValidate>
          <h2 id={titleId} className="confirm-dialog__title">
            {title}
          </h2>
          <div className="confirm-dialog__body">{children}</div>
          <ErrorNotice message={error} id={errorId} />
          <div className="button-row">
            <button
              type="submit"
              className={`button button--${tone}`}
              aria-disabled={isPending || !canConfirm}
            >
              {isPending ? t('app.working') : confirmLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('app.cancel')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
