import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingStatus } from '../../components/loading-status.tsx';
import { PrintAndExport } from '../../components/print-and-export.tsx';
import { useTRPC } from '../../lib/trpc.ts';
import { useTenant } from '../tenant/use-tenant.ts';
import { useMoneyUnit } from './money-unit.ts';

/**
 * An economy report's print and .xlsx export buttons (the kit's, so a failed export says so beside
 * the button instead of failing silently).
 */
export function ReportActions({ onExport }: { onExport: () => Promise<void> }) {
  return (
    <div className="economy-actions no-print">
      <PrintAndExport keys="economy.common" onExport={onExport} />
    </div>
  );
}

/** A report's data once loaded; until then the element to show instead (loading, or the failure with a retry). */
export function reportState<T>(query: UseQueryResult<T, unknown>) {
  if (query.isPending) return { element: <LoadingStatus />, data: null };
  if (query.isError)
    return { element: <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />, data: null };
  return { element: null, data: query.data as T };
}

/** What every economy report starts from: the words, the förbund, the API and the chosen money unit. */
export function useReportKit() {
  const { t } = useTranslation();
  return { t, tenant: useTenant(), trpc: useTRPC(), unit: useMoneyUnit() };
}
