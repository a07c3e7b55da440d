import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../components/form/submit-button.tsx';

/** The last row of an organisation form: save (saying so while it runs) or cancel. */
export function SaveOrCancel({ isPending, onCancel }: { isPending: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <SubmitButton
        label={t('boardOrganisation.actions.save')}
        isPending={isPending}
        pendingLabel={t('boardOrganisation.actions.saving')}
      />
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {t('boardOrganisation.actions.cancel')}
      </button>
    </div>
  );
}
