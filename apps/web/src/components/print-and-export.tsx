import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../lib/message-key.ts';
import { ExportButton } from './export-button.tsx';

type GroupOf<Key> = Key extends `${infer Group}.exportXlsx`
  ? `${Group}.print` | `${Group}.exporting` | `${Group}.exportFailed` extends MessageKey
    ? Group
    : never
  : never;

/**
 * A page's group of catalogue keys with the four words of its print and export buttons:
 * `<group>.print`, `<group>.exportXlsx`, `<group>.exporting` and `<group>.exportFailed`.
 */
export type PrintAndExportKeys = GroupOf<MessageKey>;

/**
 * A list page's print button and, when there is something to export (`onExport` not null), its
 * .xlsx export beside it, worded by the page's own `keys`.
 */
export function PrintAndExport({
  keys,
  onExport,
}: {
  keys: PrintAndExportKeys;
  onExport: (() => Promise<void>) | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t(`${keys}.print` as const)}
      </button>
      {onExport ? (
        <ExportButton
          label={`${keys}.exportXlsx` as const}
          workingLabel={`${keys}.exporting` as const}
          failedMessage={`${keys}.exportFailed` as const}
          onExport={onExport}
        />
      ) : null}
    </>
  );
}
