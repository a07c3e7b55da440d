import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/export-button.tsx';
import { exportXlsx } from '../../interventions/export-xlsx.ts';
import type { Composition } from './organisation-shared.ts';
import { compositionSheet } from './organisation-text.ts';

/** The composition on the chosen date as an .xlsx: a row per seat, body by body. */
export function CompositionExport({ composition }: { composition: Composition }) {
  const { t } = useTranslation();
  return (
    <ExportButton
      label="boardOrganisation.actions.export"
      workingLabel="boardOrganisation.export.working"
      failedMessage="boardOrganisation.export.failed"
      onExport={() =>
        exportXlsx(
          t('boardOrganisation.export.fileName', { date: composition.date }),
          t('boardOrganisation.export.sheet'),
          compositionSheet(t, composition.bodies),
        )
      }
    />
  );
}
