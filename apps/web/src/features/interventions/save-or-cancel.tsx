import { useTranslation } from 'react-i18next';
import { SubmitOrCancel } from '../../components/form/submit-or-cancel.tsx';

/** The last row of a panel form on the intervention page: save (saying so while it runs) or cancel. */
export function SaveOrCancel({ isPending, onCancel }: { isPending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <SubmitOrCancel
      className="insatser-actions"
      label={t('interventions.common.save')}
      pendingLabel={t('interventions.common.saving')}
      cancelLabel={t('interventions.common.cancel')}
      isPending={isPending}
      onCancel={onCancel}
    />
  );
}
