import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorPanel } from './error-panel.tsx';
import { LoadingStatus } from './loading-status.tsx';

/**
 * The three states every page's data has before it has data: loading (announced), failed (in
 * Swedish, with a retry), and empty (the page's own sentence saying what to do first).
 */
export function QueryState<Data>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<Data, unknown>;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}) {
  if (query.isPending) return <LoadingStatus />;
  if (query.isError) return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty?.(query.data) && empty !== undefined) return <>{empty}</>;
  return <>{children(query.data)}</>;
}
