import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';

/**
 * Drops every cached answer except the one under `keep` (the `auth.me` query). That one is
 * updated in place instead: the shell and the login guard are subscribed to it, and a query
 * removed from the cache would stop telling them about the new user (or the lack of one).
 */
export function forgetCachedData(queryClient: QueryClient, keep: QueryKey): void {
  const keptHash = hashKey(keep);
  void queryClient.cancelQueries({ predicate: (query) => query.queryHash !== keptHash });
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== keptHash });
}
