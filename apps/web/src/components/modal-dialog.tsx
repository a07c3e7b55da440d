import { type ReactNode, useEffect, useId, useRef } from 'react';
import './confirm-dialog.css';

/**
 * The app's modal frame, on the native <dialog>: shown while `isOpen`, focus moves into it and is
 * trapped there, Escape calls `onCancel`, and focus returns to the button that opened it when it
 * closes. `children` draws the content while open, given the id its heading must have.
 */
export function ModalDialog({
  isOpen,
  onCancel,
  children,
}: {
  isOpen: boolean;
  onCancel: () => void;
  children: (titleId: string) => ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  // A dialog whose parent stops rendering it while it is open (one that exists only while it has
  // something to show) is removed without the native close, which is what returns focus; so
  // focus goes back to the opener by hand, or it would be left on the page's body.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open && opener.current?.isConnected) opener.current.focus();
    };
  }, []);
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
      {isOpen ? children(titleId) : null}
    </dialog>
  );
}
