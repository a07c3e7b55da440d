import type { Sql, TransactionSql } from './client.ts';
import { enterScope } from './scope.ts';

export interface TransactionScope {
  /** The user the work is done for; recorded by the audit log. */
  userId: string | null;
  /** Ties audit entries and log lines of one request together. */
  requestId: string | null;
}

export interface TenantScope extends TransactionScope {
  tenantId: string;
}

/**
 * Runs `work` in ONE transaction bound to a förbund: `app.tenant_id` (and `app.user_id`,
 * `app.request_id`) are set transaction-locally, so row-level security lets only that förbund's
 * rows through and the setting cannot leak to the next request on a pooled connection.
 * Verbs still filter by tenant_id themselves; RLS is the second lock.
 */
export function withTenant<T>(sql: Sql, scope: TenantScope, work: (tx: TransactionSql) => Promise<T>) {
  return sql.begin(async (tx) => {
    await enterScope(tx, { tenantId: scope.tenantId, userId: scope.userId, requestId: scope.requestId });
    return work(tx);
  }) as Promise<T>;
}

/** A transaction that acts for a user but no förbund (their own memberships, profile). */
export function withUser<T>(sql: Sql, scope: TransactionScope, work: (tx: TransactionSql) => Promise<T>) {
  return sql.begin(async (tx) => {
    await enterScope(tx, { userId: scope.userId, requestId: scope.requestId });
    return work(tx);
  }) as Promise<T>;
}
