import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportXlsx } from '../../interventions/export-xlsx.ts';
import type { Composition } from './organisation-shared.ts';
import { compositionSheet } from './organisation-text.ts';

/** The composition on the chosen date as an .xlsx: a row per seat, body by body. */
export function CompositionExport({ composition }: { composition: Composition }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  async function onExport() {
    setFailed(false);
    try {
      await exportXlsx(
        t('boardOrganisation.export.fileName', { date: composition.date }),
        t('boardOrganisation.export.sheet'),
        compositionSheet(t, composition.bodies),
      );
    } catch {
      setFailed(true);
    }
  }
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void onExport()}>
        {t('boardOrganisation.actions.export')}
      </button>
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('boardOrganisation.export.failed')}
        </p>
      ) : null}
    </>
  );
}
