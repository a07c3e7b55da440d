import type { AppRouter } from '@samsyn/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { useTRPC } from '../../lib/trpc.ts';

export type AuditPage = inferRouterOutputs<AppRouter>['audit']['list'];
export type AuditRow = AuditPage['rows'][number];
export type AuditArea =
  | 'economy'
  | 'interventions'
  | 'plan'
  | 'board'
  | 'applications'
  | 'reports'
  | 'administration';

/** Whose log: one förbund's (its admins) or the platform's (platform admins). */
export type AuditSource = { kind: 'tenant'; slug: string } | { kind: 'platform' };

export interface AuditFilter {
  area?: AuditArea;
  action?: string;
  from?: string;
  to?: string;
}

type PageFilter = AuditFilter & { limit: number; before?: number };

/** One page of the source's log (the platform's log has no areas: its events are not a förbund's work). */
export function useAuditPage(source: AuditSource, filter: PageFilter) {
  const trpc = useTRPC();
  const { area, ...platformFilter } = filter;
  const tenantPage = useQuery(
    trpc.audit.list.queryOptions(
      { tenant: source.kind === 'tenant' ? source.slug : '', ...filter },
      { enabled: source.kind === 'tenant' },
    ),
  );
  const platformPage = useQuery(
    trpc.platform.audit.queryOptions(platformFilter, { enabled: source.kind === 'platform' }),
  );
  return source.kind === 'tenant' ? tenantPage : platformPage;
}

/** At most this many entries go into one export: a year of a busy förbund. */
const EXPORT_LIMIT = 10_000;

/** Every entry the filter finds, newest first, page by page, for an export. */
export function useFetchWholeLog(source: AuditSource) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async (filter: AuditFilter): Promise<AuditRow[]> => {
    const rows: AuditRow[] = [];
    let before: number | undefined;
    do {
      const page: AuditPage =
        source.kind === 'tenant'
          ? await queryClient.fetchQuery(
              trpc.audit.list.queryOptions({
                tenant: source.slug,
                ...filter,
                limit: 200,
                ...(before ? { before } : {}),
              }),
            )
          : await queryClient.fetchQuery(
              trpc.platform.audit.queryOptions({
                ...(filter.action ? { action: filter.action } : {}),
                ...(filter.from ? { from: filter.from } : {}),
                ...(filter.to ? { to: filter.to } : {}),
                limit: 200,
                ...(before ? { before } : {}),
              }),
            );
      rows.push(...page.rows);
      before = page.nextBefore ?? undefined;
    } while (before !== undefined && rows.length < EXPORT_LIMIT);
    return rows;
  };
}
