import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';

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
