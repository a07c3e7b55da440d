import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { formatShare } from '../../lib/format.ts';
import type { XlsxCell } from './table-file.ts';

/** An amount in öre as an .xlsx money cell (kronor, formatted "# ##0"). */
export const money = (ore: number): XlsxCell => ({ value: ore / 100, isMoney: true });
export const bold = (value: string): XlsxCell => ({ value, bold: true });
/** A percentage as an .xlsx number cell with a % format (27,5 % is the number 0.275), never text. */
/** A percentage on screen, with the one decimal every share has ("27,5 %"). */
export const shareText = (value: number | null): string => (value === null ? '' : formatShare(value));
export const percentCell = (value: number | null): XlsxCell =>
  value === null ? null : { value: value / 100, isPercent: true };

export const lastDay = (year: number, month: number) => {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export function ReportActions({ onExport }: { onExport: () => Promise<void> }) {
  const { t } = useTranslation();
  const [isExporting, setIsExporting] = useState(false);
  return (
    <div className="economy-actions no-print">
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {t('economy.common.print')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        aria-disabled={isExporting}
        onClick={async () => {
          if (isExporting) return;
          setIsExporting(true);
          try {
            await onExport();
          } finally {
            setIsExporting(false);
          }
        }}
      >
        {isExporting ? t('economy.common.exporting') : t('economy.common.exportXlsx')}
      </button>
    </div>
  );
}

export function reportState<T>(query: {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}) {
  if (query.isPending) return { element: <LoadingStatus />, data: null };
  if (query.isError)
    return { element: <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />, data: null };
  return { element: null, data: query.data as T };
}
