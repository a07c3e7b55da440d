import type { Sql, TransactionSql } from '@samsyn/db';
import type { TenantRole } from '@samsyn/domain';

/*
 * What a verb is handed as its first argument: `verb(ctx, input)`. The procedure tiers in
 * `trpc/init.ts` build these once per call; they live here, beside the verbs, so that a verb
 * never imports from the transport (`trpc/`) and could be called from a CLI or a test as well.
 * A tier's tRPC context is a superset of these shapes, so routers pass `ctx` as it is.
 */

/** Who acts. The audit log reads them from the transaction's scope; log lines carry them too. */
export interface Actor {
  userId: string;
  requestId: string;
}

/** The förbund a tenant verb works in, as the tenant transaction resolved it from the membership. */
export interface VerbTenant {
  id: string;
  slug: string;
  name: string;
  /** The caller's role in it. */
  role: TenantRole;
}

/**
 * A verb inside one förbund: `tx` is the tenant transaction (row-level security bound to
 * `tenant.id`, READ ONLY for queries), and the caller holds at least the tier's role.
 */
export interface TenantCtx {
  tx: TransactionSql;
  tenant: VerbTenant;
  actor: Actor;
}

/**
 * A logged-in user's own work, outside every förbund (profile, sessions, the catalogue, the
 * national overview). Verbs that write open their own `withUser` transaction on `sql`.
 */
export interface UserCtx {
  sql: Sql;
  actor: Actor & { sessionId: string };
}

/** A platform admin: förbund lifecycle and platform events, never a förbund's domain data. */
export interface PlatformCtx {
  sql: Sql;
  actor: Actor;
}

/** Anyone, logged in or not (an invitation's link, login). */
export interface PublicCtx {
  sql: Sql;
  requestId: string;
}

/** For verbs that mail a link: the origin browsers reach us at. */
export interface LinkOrigin {
  publicOrigin: string;
}
