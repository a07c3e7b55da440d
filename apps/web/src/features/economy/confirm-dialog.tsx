import { type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../lib/message-key.ts';

/**
 * Asks before something is removed, on the native modal <dialog>: focus moves into it and stays
 * there, Escape cancels, and focus returns to the button that opened it.
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  isPending = false,
  error = null,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isPending?: boolean;
  error?: Message | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog
      ref={ref}
      className="economy-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {isOpen ? (
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (!isPending) onConfirm();
          }}
        >
          <h2 id={titleId}>{title}</h2>
          {children}
          {error ? (
            <p className="notice notice--error" role="alert">
              {t(error.key, error.values)}
            </p>
          ) : null}
          <div className="economy-actions">
            <button type="submit" className="button button--danger" aria-disabled={isPending}>
              {isPending ? t('economy.common.saving') : confirmLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('economy.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
