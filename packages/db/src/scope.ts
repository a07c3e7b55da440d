import type { TransactionSql } from './client.ts';

/**
 * Who and what a transaction works for. Row-level security and the audit log read these
 * transaction-local settings (`app.*`); they vanish at COMMIT, so nothing leaks to the next user
 * of a pooled connection. A key left out keeps its current value; `null` clears it.
 */
export interface Scope {
  /** The acting user; the audit log records it. */
  userId?: string | null;
  /** The förbund whose rows row-level security lets through. */
  tenantId?: string | null;
  /** Ties audit entries and log lines of one request together. */
  requestId?: string | null;
  /** SHA-256 hex of an invitation's secret: lets RLS show that one invitation (policy `by_token`). */
  invitationTokenHash?: string | null;
}

const settingOf: Record<keyof Scope, string> = {
  userId: 'app.user_id',
  tenantId: 'app.tenant_id',
  requestId: 'app.request_id',
  invitationTokenHash: 'app.invitation_token_hash',
};

/**
 * The one way into a database scope: every transaction that acts for someone (a request's tenant
 * or user transaction, the platform console, an invitation, the CLI, the seed) sets its scope
 * here, in one statement with the same text whatever is set.
 */
export async function enterScope(tx: TransactionSql, scope: Scope): Promise<void> {
  const names: string[] = [];
  const values: string[] = [];
  for (const [key, value] of Object.entries(scope) as [keyof Scope, string | null | undefined][]) {
    if (value === undefined) continue;
    names.push(settingOf[key]);
    values.push(value ?? '');
  }
  if (names.length === 0) return;
  await tx`
    select set_config(name, value, true)
    from unnest(${names}::text[], ${values}::text[]) as setting(name, value)`;
}
