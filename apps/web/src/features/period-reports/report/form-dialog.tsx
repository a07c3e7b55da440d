import type { ReactNode } from 'react';
import { ModalDialog } from '../../../components/modal-dialog.tsx';

/**
 * A modal dialog around a form of its own (a kit form with its error summary and fields), in the
 * modal frame ConfirmDialog uses (`ModalDialog`). `children` gets the heading's id to name its form.
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
  return (
    <ModalDialog isOpen={isOpen} onCancel={onCancel}>
      {(titleId) => (
        <div className="confirm-dialog__form">
          <h2 id={titleId} className="confirm-dialog__title">
            {title}
          </h2>
          {children(titleId)}
        </div>
      )}
    </ModalDialog>
  );
}
