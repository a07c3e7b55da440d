import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Queryable } from '@samsyn/db';
import type { GlobalRole } from '@samsyn/domain';
import { randomToken, sha256Bytes } from './tokens.ts';
import { type ClientDescription, describeUserAgent } from './user-agent.ts';

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
export const ACTIVITY_RESOLUTION_SECONDS = 60;

const hashSecret = sha256Bytes;

/** Creates a session for a user and returns the token for the cookie. Never reuses a token. */
export async function createSession(
  db: Queryable,
  userId: string,
  client: ClientDescription = { browser: null, os: null },
): Promise<string> {
  const id = randomToken();
  const secret = randomToken();
  await db`
    insert into sessions (id, secret_hash, user_id, client_browser, client_os)
    values (${id}, ${Buffer.from(hashSecret(secret))}, ${userId}, ${client.browser}, ${client.os})`;
  return `${id}.${secret}`;
}

/**
 * Opens a session at login (or at an accepted invitation), inside the caller's transaction: drops
 * the user's expired sessions, creates the new one, and ends the oldest live ones beyond
 * `maxPerUser` — 200 logins must not leave 200 live sessions. A per-user advisory lock makes two
 * simultaneous logins of one user count each other. Returns the token and how many were ended.
 */
export async function startSession(
  tx: Queryable,
  userId: string,
  policy: SessionPolicy & { maxPerUser: number },
  userAgent: string | null,
): Promise<{ token: string; endedSessions: number }> {
  await tx`select pg_advisory_xact_lock(hashtextextended(${userId}, 43))`;
  await deleteExpiredSessions(tx, userId, policy);
  const token = await createSession(tx, userId, describeUserAgent(userAgent));
  const newId = token.split('.')[0] as string;
  const ended = await tx`
    delete from sessions
    where user_id = ${userId} and id <> ${newId} and id not in (
      select id from sessions where user_id = ${userId} and id <> ${newId}
      order by created_at desc, id desc limit ${Math.max(0, policy.maxPerUser - 1)})
    returning id`;
  return { token, endedSessions: ended.length };
}

/** A token split into the session's id and its secret; null if it cannot be one of ours. */
export interface SessionTokenParts {
  id: string;
  secret: string;
}

export function parseSessionToken(token: string | null | undefined): SessionTokenParts | null {
  if (!token) return null;
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || id.length > 64 || secret.length > 64) return null;
  return { id, secret };
}

/** A session row as `selectSession` reads it, before the secret is checked. */
export interface SessionRow {
  secretHash: Buffer;
  isExpired: boolean;
  needsTouch: boolean;
  userId: string;
  email: string;
  name: string;
  isActive: boolean;
  globalRoles: GlobalRole[];
}

/**
 * Reads a session and its user by id through `session_state()` (migration 0007), where the
 * expiry rules live; the caller checks the secret with `judgeSession`.
 */
export function selectSession(db: Queryable, id: string, policy: SessionPolicy) {
  return db<SessionRow[]>`
    select secret_hash as "secretHash", is_expired as "isExpired", needs_touch as "needsTouch",
           user_id as "userId", email, name, is_active as "isActive", global_roles as "globalRoles"
    from session_state(${id}, ${policy.inactivityTimeoutSeconds}, ${policy.absoluteLifetimeSeconds},
                       ${ACTIVITY_RESOLUTION_SECONDS})`;
}

/**
 * What a session row means for the token's secret: `valid`; `ended` (expired, or its user
 * deactivated: the row should be deleted); `invalid` (no such session, or the wrong secret,
 * compared in constant time).
 */
export function judgeSession(
  row: SessionRow | undefined,
  token: SessionTokenParts,
): { verdict: 'valid'; session: ValidSession; needsTouch: boolean } | { verdict: 'ended' | 'invalid' } {
  if (!row) return { verdict: 'invalid' };
  if (!constantTimeEqual(hashSecret(token.secret), new Uint8Array(row.secretHash)))
    return { verdict: 'invalid' };
  if (row.isExpired || !row.isActive) return { verdict: 'ended' };
  return {
    verdict: 'valid',
    needsTouch: row.needsTouch,
    session: {
      sessionId: token.id,
      user: { id: row.userId, email: row.email, name: row.name, globalRoles: row.globalRoles },
    },
  };
}

export function touchSession(db: Queryable, sessionId: string) {
  return db`update sessions set last_active_at = now() where id = ${sessionId}`;
}

/**
 * Returns the session's user if the token is valid, unexpired and its user active; otherwise null
 * (and an ended session is deleted). Expiry is judged by the database clock, so API replicas with
 * skewed clocks agree.
 */
export async function validateSessionToken(
  db: Queryable,
  token: string,
  policy: SessionPolicy,
): Promise<ValidSession | null> {
  const parts = parseSessionToken(token);
  if (!parts) return null;
  const [row] = await selectSession(db, parts.id, policy);
  const judged = judgeSession(row, parts);
  if (judged.verdict === 'ended') await invalidateSession(db, parts.id);
  if (judged.verdict !== 'valid') return null;
  if (judged.needsTouch) await touchSession(db, parts.id);
  return judged.session;
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
