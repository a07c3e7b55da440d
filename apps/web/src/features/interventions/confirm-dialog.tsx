import { type FormEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../lib/message-key.ts';

/**
 * A modal confirmation on the native <dialog> (focus moves in and is trapped, Escape cancels,
 * focus returns to the opener), for destructive acts (delete, archive) and for acts that need a
 * second look (publishing in the national catalogue: `confirmVariant="primary"`).
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  confirmVariant = 'danger',
  isPending = false,
  error = null,
  onConfirm,
  onCancel,
}: {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmVariant?: 'danger' | 'primary';
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

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isPending) onConfirm();
  }

  return (
    <dialog
      ref={ref}
      className="insatser-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {isOpen ? (
        <form onSubmit={onSubmit}>
          <h2 id={titleId}>{title}</h2>
          <div>{children}</div>
          {error ? (
            <p className="notice notice--error" role="alert">
              {t(error.key, error.values)}
            </p>
          ) : null}
          <div className="insatser-actions">
            <button type="submit" className={`button button--${confirmVariant}`} aria-disabled={isPending}>
              {isPending ? t('interventions.common.working') : confirmLabel}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('interventions.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </dialog>
  );
}
