import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Queryable } from '@samsyn/db';
import type { GlobalRole } from '@samsyn/domain';
import { randomToken, sha256Bytes } from './tokens.ts';

/**
 * Sessions as in the Lucia guide (lucia-auth.com): a token `<id>.<secret>`, of which the database
 * keeps the id and SHA-256(secret). A stolen database copy cannot be turned into a working cookie,
 * and the secret is compared in constant time.
 */

export interface SessionPolicy {
  inactivityTimeoutSeconds: number;
  absoluteLifetimeSeconds: number;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  globalRoles: GlobalRole[];
}

export interface ValidSession {
  sessionId: string;
  user: SessionUser;
}

/** Touch `last_active_at` at most this often: a write per request would cost more than it tells. */
const ACTIVITY_RESOLUTION_SECONDS = 60;

const hashSecret = sha256Bytes;

/** Creates a session for a user and returns the token for the cookie. Never reuses a token. */
export async function createSession(db: Queryable, userId: string): Promise<string> {
  const id = randomToken();
  const secret = randomToken();
  await db`insert into sessions (id, secret_hash, user_id) values (${id}, ${Buffer.from(hashSecret(secret))}, ${userId})`;
  return `${id}.${secret}`;
}

/**
 * Returns the session's user if the token is valid, unexpired and its user active; otherwise null.
 * Expiry is judged by the database clock, so API replicas with skewed clocks agree.
 */
export async function validateSessionToken(
  db: Queryable,
  token: string,
  policy: SessionPolicy,
): Promise<ValidSession | null> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;
  const [row] = await db<
    {
      secretHash: Buffer;
      isExpired: boolean;
      needsTouch: boolean;
      userId: string;
      email: string;
      name: string;
      isActive: boolean;
      globalRoles: GlobalRole[];
    }[]
  >`
    select s.secret_hash as "secretHash",
           (s.last_active_at <= now() - make_interval(secs => ${policy.inactivityTimeoutSeconds})
             or s.created_at <= now() - make_interval(secs => ${policy.absoluteLifetimeSeconds})) as "isExpired",
           s.last_active_at <= now() - make_interval(secs => ${ACTIVITY_RESOLUTION_SECONDS}) as "needsTouch",
           u.id as "userId", u.email, u.name, u.is_active as "isActive",
           array(select g.role from user_global_roles g where g.user_id = u.id order by g.role) as "globalRoles"
    from sessions s join users u on u.id = s.user_id
    where s.id = ${id}`;
  if (!row) return null;
  if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return null;
  if (row.isExpired || !row.isActive) {
    await db`delete from sessions where id = ${id}`;
    return null;
  }
  if (row.needsTouch) await db`update sessions set last_active_at = now() where id = ${id}`;
  return {
    sessionId: id,
    user: { id: row.userId, email: row.email, name: row.name, globalRoles: row.globalRoles },
  };
}

export async function invalidateSession(db: Queryable, sessionId: string): Promise<void> {
  await db`delete from sessions where id = ${sessionId}`;
}

/** Ends every session of a user: on deactivation and on a password change. */
export async function invalidateUserSessions(db: Queryable, userId: string, exceptSessionId?: string) {
  await db`delete from sessions where user_id = ${userId} and id is distinct from ${exceptSessionId ?? null}`;
}

/** Housekeeping at login: drop a user's sessions that have expired anyway. */
export async function deleteExpiredSessions(db: Queryable, userId: string, policy: SessionPolicy) {
  await db`
    delete from sessions
    where user_id = ${userId}
      and (last_active_at <= now() - make_interval(secs => ${policy.inactivityTimeoutSeconds})
        or created_at <= now() - make_interval(secs => ${policy.absoluteLifetimeSeconds}))`;
}
