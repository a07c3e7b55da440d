import { pipelinedTransaction, type Sql, type TransactionSql } from '@samsyn/db';
import { DomainError, hasTenantRole, type TenantRole } from '@samsyn/domain';
import type { RequestSession } from '../auth/request-session.ts';
import {
  invalidateSession,
  judgeSession,
  parseSessionToken,
  selectSession,
  touchSession,
  type ValidSession,
} from '../auth/session.ts';

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
}

/** Thrown inside the transaction to roll it back when the session doesn't hold. */
class SessionRejected extends Error {
  constructor(readonly verdict: 'ended' | 'invalid') {
    super('session rejected');
  }
}

/**
 * Opens ONE transaction for a member of a förbund and runs `work` in it. Its first round trip
 * carries BEGIN and two statements, pipelined: the session lookup, which sets `app.user_id`
 * for a live session, and the membership (active membership in an active förbund, role ≥
 * minRole, matched on `current_user_id()`), which sets `app.tenant_id`. The secret is then
 * checked in constant time here; if it or the membership fails, the transaction rolls back
 * before `work` runs. No token or an invalid/ended session → UNAUTHENTICATED (an ended session
 * is deleted); an unknown slug and someone else's förbund get the same FORBIDDEN.
 */
export async function inTenantTransaction<T>(
  sql: Sql,
  access: TenantAccess,
  work: (tx: TransactionSql, tenant: TenantContext, session: ValidSession) => Promise<T>,
): Promise<T> {
  const token = parseSessionToken(access.session.token);
  if (!token) throw new DomainError('UNAUTHENTICATED', 'auth.required');
  try {
    return await pipelinedTransaction(sql, async (tx) => {
      const [[sessionRow], [membership]] = await Promise.all([
        selectSession(tx, token.id, access.session.policy, { asCurrentUser: true }),
        tx<{ id: string; slug: string; name: string; status: string; role: TenantRole }[]>`
          select t.id, t.slug, t.name, t.status, m.role,
                 set_config('app.tenant_id', t.id::text, true),
                 set_config('app.request_id', ${access.requestId}, true)
          from tenants t
          join memberships m on m.tenant_id = t.id and m.user_id = current_user_id() and m.is_active
          where t.slug = ${access.slug}`,
      ]);
      const judged = judgeSession(sessionRow, token);
      if (judged.verdict !== 'valid') throw new SessionRejected(judged.verdict);
      access.session.settle(judged.session);
      if (!membership || membership.status !== 'active' || !hasTenantRole(membership.role, access.minRole)) {
        throw new DomainError('FORBIDDEN', 'tenant.noAccess');
      }
      const { id, slug, name, role } = membership;
      // Pipelined with the work's first statements; a failed touch fails the transaction.
      const [result] = await Promise.all([
        work(tx, { id, slug, name, role }, judged.session),
        judged.needsTouch ? touchSession(tx, token.id) : null,
      ]);
      return result;
    });
  } catch (error) {
    if (!(error instanceof SessionRejected)) throw error;
    access.session.settle(null);
    if (error.verdict === 'ended') await invalidateSession(sql, token.id);
    throw new DomainError('UNAUTHENTICATED', 'auth.required');
  }
}

/**
 * A transaction bound to a förbund by id, for platform admins acting on a förbund as a whole
 * (onboarding, export on request). They have no membership; the caller has checked their role.
 */
export async function inPlatformTenantTransaction<T>(
  sql: Sql,
  scope: { userId: string; requestId: string; tenantId: string },
  work: (tx: TransactionSql) => Promise<T>,
): Promise<T> {
  return (await sql.begin(async (tx) => {
    await tx`select set_config('app.user_id', ${scope.userId}, true),
                    set_config('app.request_id', ${scope.requestId}, true),
                    set_config('app.tenant_id', ${scope.tenantId}, true)`;
    return work(tx);
  })) as T;
}
