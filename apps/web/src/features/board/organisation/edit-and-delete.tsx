import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowAction } from '../../../components/data-table.tsx';
import type { Message } from '../../../lib/message-key.ts';
import { ConfirmDeleteAction } from './confirm-delete.tsx';

/** The organisation's lists whose rows are edited and deleted the same way; each has the same keys. */
export type OrganisationSection = 'bodies' | 'seats' | 'people' | 'rules';

/**
 * A row's "Ändra" and "Ta bort" (and any actions between them): the dialog and the notice after
 * deleting come from the section's own keys, so every list words them alike.
 */
export function EditAndDelete({
  section,
  name,
  subject = name,
  onEdit,
  onDelete,
  announce,
  children,
}: {
  section: OrganisationSection;
  /** What the dialog names. */
  name: string;
  /** What the buttons' accessible names add, when the name alone is ambiguous. */
  subject?: string;
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  announce: (m: Message) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RowAction label={t('boardOrganisation.actions.edit')} subject={subject} onClick={onEdit} />
      {children}
      <ConfirmDeleteAction
        subject={subject}
        title={t(`boardOrganisation.${section}.deleteNamed`, { name })}
        text={t(`boardOrganisation.${section}.confirmDelete`, { name })}
        onDelete={async () => {
          await onDelete();
          announce({ key: `boardOrganisation.${section}.deleted` });
        }}
      />
    </>
  );
}

/** The "Lägg till …" under a list, hidden in print like the rows' own buttons. */
export function AddButton({
  label,
  ariaLabel,
  onClick,
}: {
  label: string;
  ariaLabel?: string;
  onClick: () => void;
}) {
  return (
    <p className="no-print">
      <button type="button" className="button button--secondary" aria-label={ariaLabel} onClick={onClick}>
        {label}
      </button>
    </p>
  );
}
