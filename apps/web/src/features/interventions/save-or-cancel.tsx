import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../components/form/submit-button.tsx';

/** The last row of a panel form on the intervention page: save (saying so while it runs) or cancel. */
export function SaveOrCancel({ isPending, onCancel }: { isPending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="insatser-actions">
      <SubmitButton
        label={t('interventions.common.save')}
        isPending={isPending}
        pendingLabel={t('interventions.common.saving')}
      />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('interventions.common.cancel')}
      </button>
    </div>
  );
}
