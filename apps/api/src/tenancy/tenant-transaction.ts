import { pipelinedTransaction, type Sql, type TransactionSql } from '@samsyn/db';
import { DomainError, hasTenantRole, type TenantRole } from '@samsyn/domain';
import type { RequestSession } from '../auth/request-session.ts';
import {
  ACTIVITY_RESOLUTION_SECONDS,
  invalidateSession,
  judgeSession,
  parseSessionToken,
  type SessionRow,
  type SessionTokenParts,
  touchSession,
  type ValidSession,
} from '../auth/session.ts';
import { sha256Bytes } from '../auth/tokens.ts';
import { createEntryCache, entryKey, type RememberedEntry, sameEntry } from './entry-cache.ts';

/** The förbund a tenant transaction works in, resolved from the caller's membership. */
export interface TenantContext {
  id: string;
  slug: string;
  name: string;
  role: TenantRole;
}

export interface TenantAccess {
  /** The caller's session, checked inside the transaction (see below). */
  session: RequestSession;
  requestId: string;
  slug: string;
  minRole: TenantRole;
  /**
   * A read (a tRPC query): the transaction is READ ONLY and its COMMIT is not waited for (see
   * `pipelinedTransaction`). The session's activity stamp is then written beside it.
   */
  readOnly?: boolean;
}

/** Thrown inside the transaction to roll it back when the session doesn't hold. */
class SessionRejected extends Error {
  constructor(readonly verdict: 'ended' | 'invalid') {
    super('session rejected');
  }
}

/** One row of `enter_tenant` (migration 0007): the session, its user and, if any, the membership. */
interface EnteredRow extends SessionRow {
  tenantId: string | null;
  tenantSlug: string | null;
  tenantName: string | null;
  tenantStatus: string | null;
  role: TenantRole | null;
  /** Whether the function set app.tenant_id: it must agree with the checks made here. */
  entered: boolean;
}

/** The remembered entry did not match the verified one: start the request over without it. */
class StaleAssumption extends Error {}

/** Verified entries of this process, per (session, förbund); see createEntryCache. */
const entries = createEntryCache();

/**
 * Opens ONE transaction for a member of a förbund and runs `work` in it.
 *
 * The first round trip carries BEGIN and `enter_tenant` (migration 0007): it looks up the session
 * and, for a live session whose secret hash matches, sets `app.user_id`, finds the membership and
 * — for an active membership with at least `minRole` in an active förbund — sets `app.tenant_id`.
 * The secret is then compared here in constant time too; if anything fails, the transaction rolls
 * back. No token or an invalid/ended session → UNAUTHENTICATED (an ended session is deleted); an
 * unknown slug, someone else's förbund and too low a role all get the same FORBIDDEN.
 *
 * When this session entered this förbund before (createEntryCache), `work` starts at once with the
 * remembered context, so its first statements travel in the same round trip, behind the check.
 * That is safe because the database decides first: those statements run after `enter_tenant` in
 * the same transaction and, if it refused, see no förbund at all (row-level security). Here the
 * answer is only used if the fresh check equals what was assumed; otherwise the work is let
 * finish inside the transaction, everything is rolled back, and the request starts over without
 * the assumption. A tenant read (`readOnly`) then costs one round trip.
 *
 * Both shortcuts (the remembered entry, and a read answered before its COMMIT) were measured
 * against this function without them in issue 18 (docs/performance.md, "One read path"): taking
 * either away cost ≈ 20 % more CPU per read, server and database, so both stay. Remove one only
 * when `pnpm bench --variants` says it no longer pays for itself (≥ 15 %).
 */
export async function inTenantTransaction<T>(
  sql: Sql,
  access: TenantAccess,
  work: (tx: TransactionSql, tenant: TenantContext, session: ValidSession) => Promise<T>,
): Promise<T> {
  const token = parseSessionToken(access.session.token);
  if (!token) throw new DomainError('UNAUTHENTICATED', 'auth.required');
  const key = entryKey(token.id, access.slug);
  try {
    return await enter(sql, access, token, entries.get(key), work);
  } catch (error) {
    if (error instanceof StaleAssumption) {
      entries.delete(key);
      return await enter(sql, access, token, undefined, work).catch((retryError) =>
        rejected(sql, access, token.id, key, retryError),
      );
    }
    return rejected(sql, access, token.id, key, error);
  }
}

async function enter<T>(
  sql: Sql,
  access: TenantAccess,
  token: SessionTokenParts,
  assumed: RememberedEntry | undefined,
  work: (tx: TransactionSql, tenant: TenantContext, session: ValidSession) => Promise<T>,
): Promise<T> {
  const { policy } = access.session;
  return pipelinedTransaction(
    sql,
    async (tx) => {
      const entering = tx<EnteredRow[]>`
        select secret_hash as "secretHash", is_expired as "isExpired", needs_touch as "needsTouch",
               user_id as "userId", email, name, is_active as "isActive", global_roles as "globalRoles",
               tenant_id as "tenantId", tenant_slug as "tenantSlug", tenant_name as "tenantName",
               tenant_status as "tenantStatus", role, entered
        from enter_tenant(${token.id}, ${Buffer.from(sha256Bytes(token.secret))}, ${access.slug},
                          ${access.minRole}, ${access.requestId}, ${policy.inactivityTimeoutSeconds},
                          ${policy.absoluteLifetimeSeconds}, ${ACTIVITY_RESOLUTION_SECONDS})`.execute();
      // Started now, its first statements queue up behind enter_tenant in the same write.
      const speculative = assumed
        ? work(tx, assumed.tenant, assumed.session).then(
            (value) => ({ ok: true as const, value }),
            (error: unknown) => ({ ok: false as const, error }),
          )
        : null;
      let verified: ReturnType<typeof verifyEntry>;
      try {
        const [row] = await entering;
        verified = verifyEntry(row, token, access.minRole);
        if (assumed && !sameEntry(assumed, verified.entry)) throw new StaleAssumption();
      } catch (error) {
        // Let the speculative work end inside this transaction before it is rolled back.
        await speculative;
        throw error;
      }
      access.session.settle(verified.entry.session);
      entries.set(entryKey(token.id, access.slug), verified.entry);
      if (verified.needsTouch && access.readOnly) {
        // Housekeeping, at most once a minute per session, and a read-only transaction can't do
        // it: on the pool, not waited for. If it fails, the next request tries again.
        touchSession(sql, token.id).catch(() => {});
      }
      const touched = verified.needsTouch && !access.readOnly ? touchSession(tx, token.id) : null;
      if (speculative) {
        const [outcome] = await Promise.all([speculative, touched]);
        if (!outcome.ok) throw outcome.error;
        return outcome.value;
      }
      const [result] = await Promise.all([work(tx, verified.entry.tenant, verified.entry.session), touched]);
      return result;
    },
    { readOnly: access.readOnly ?? false },
  );
}

/** Judges `enter_tenant`'s row the way the function itself did, and names the entry. */
function verifyEntry(row: EnteredRow | undefined, token: SessionTokenParts, minRole: TenantRole) {
  const judged = judgeSession(row, token);
  if (judged.verdict !== 'valid') throw new SessionRejected(judged.verdict);
  const { tenantId, tenantSlug, tenantName, tenantStatus, role, entered } = row as EnteredRow;
  if (
    !entered ||
    !tenantId ||
    !tenantSlug ||
    !tenantName ||
    !role ||
    tenantStatus !== 'active' ||
    !hasTenantRole(role, minRole)
  ) {
    throw new DomainError('FORBIDDEN', 'tenant.noAccess');
  }
  const tenant: TenantContext = { id: tenantId, slug: tenantSlug, name: tenantName, role };
  return { entry: { tenant, session: judged.session }, needsTouch: judged.needsTouch };
}

/** After a failed entry: forget it, end an ended session, and answer as the rules say. */
async function rejected(
  sql: Sql,
  access: TenantAccess,
  sessionId: string,
  key: string,
  error: unknown,
): Promise<never> {
  if (!(error instanceof SessionRejected)) {
    if (error instanceof DomainError && error.code === 'FORBIDDEN') entries.delete(key);
    throw error;
  }
  entries.delete(key);
  access.session.settle(null);
  if (error.verdict === 'ended') await invalidateSession(sql, sessionId);
  throw new DomainError('UNAUTHENTICATED', 'auth.required');
}
