import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowButton, RowButtons } from './row-buttons.tsx';

/**
 * A row's actions cell ending in "Ändra" and "Ta bort", after the row's own actions if any
 * ("Bedöm", "Ändra år"); every button carries the row's `subject` for screen readers.
 */
export function EditDeleteButtons({
  subject,
  onEdit,
  onDelete,
  children,
}: {
  subject: string;
  onEdit: () => void;
  onDelete: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <RowButtons>
      {children}
      <RowButton label={t('interventions.common.edit')} subject={subject} onClick={onEdit} />
      <RowButton label={t('interventions.common.delete')} subject={subject} onClick={onDelete} />
    </RowButtons>
  );
}
