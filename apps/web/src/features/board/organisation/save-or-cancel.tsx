import { useTranslation } from 'react-i18next';
import { SubmitOrCancel } from '../../../components/form/submit-or-cancel.tsx';

/** The last row of an organisation form: save (saying so while it runs) or cancel. */
export function SaveOrCancel({ isPending, onCancel }: { isPending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <SubmitOrCancel
      label={t('boardOrganisation.actions.save')}
      pendingLabel={t('boardOrganisation.actions.saving')}
      cancelLabel={t('boardOrganisation.actions.cancel')}
      isPending={isPending}
      onCancel={onCancel}
    />
  );
}
