import { type ReactNode, useEffect, useId, useRef } from 'react';
import '../../../components/confirm-dialog.css';

/**
 * A modal dialog around a form of its own (a kit form with its error summary and fields), on the
 * native <dialog> as ConfirmDialog is: focus moves in and stays there, Escape cancels, and focus
 * returns to the opening button when it closes. `children` gets the heading's id to name its form.
 */
export function FormDialog({
  isOpen,
  title,
  onCancel,
  children,
}: {
  isOpen: boolean;
  title: string;
  onCancel: () => void;
  children: (titleId: string) => ReactNode;
}) {
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
      className="confirm-dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {isOpen ? (
        <div className="confirm-dialog__form">
          <h2 id={titleId} className="confirm-dialog__title">
            {title}
          </h2>
          {children(titleId)}
        </div>
      ) : null}
    </dialog>
  );
}
