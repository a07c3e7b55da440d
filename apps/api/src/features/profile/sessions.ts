import { recordPlatformAudit, withUser } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import type { SessionPolicy } from '../../auth/session.ts';
import type { UserCtx } from '../verb-context.ts';

export interface SessionSummary {
  /** The session's public id (never the token's id, which stays in the HttpOnly cookie). */
  id: string;
  /** Short names derived from the User-Agent at login; null where it said nothing we know. */
  browser: string | null;
  os: string | null;
  createdAt: string;
  lastActiveAt: string;
  /** The session this request came with ("den här enheten"). */
  isCurrent: boolean;
}

/**
 * The user's own live sessions, the current one first, then the most recently active. Expired
 * ones (by the same rules as `session_state()`) are left out: they let no one in.
 */
export async function listSessions({
  sql,
  actor,
  config,
}: UserCtx & { config: { session: SessionPolicy } }): Promise<SessionSummary[]> {
  const policy = config.session;
  const rows = await sql<SessionSummary[]>`
    select public_id as id, client_browser as browser, client_os as os,
           to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "createdAt",
           to_char(last_active_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastActiveAt",
           id = ${actor.sessionId} as "isCurrent"
    from sessions
    where user_id = ${actor.userId}
      and last_active_at > now() - make_interval(secs => ${policy.inactivityTimeoutSeconds})
      and created_at > now() - make_interval(secs => ${policy.absoluteLifetimeSeconds})
    order by id = ${actor.sessionId} desc, last_active_at desc, created_at desc`;
  return [...rows];
}

/**
 * Ends one of the user's other sessions (logs that browser out). Another user's session, an
 * unknown id and the current session (that is what "Logga ut" is for) are all `NOT_FOUND`, so the
 * answer says nothing about other users' sessions.
 */
export async function endSession(
  { sql, actor }: UserCtx,
  { sessionId: publicId }: { sessionId: string },
): Promise<{ ok: true }> {
  await withUser(sql, { userId: actor.userId, requestId: actor.requestId }, async (tx) => {
    const ended = await tx`
      delete from sessions
      where user_id = ${actor.userId} and public_id = ${publicId} and id <> ${actor.sessionId}
      returning public_id`;
    if (ended.length === 0) throw new DomainError('NOT_FOUND', 'session.notFound');
    await recordPlatformAudit(tx, {
      action: 'user.endSession',
      entity: 'user',
      entityId: actor.userId,
      before: { sessionId: publicId },
    });
  });
  return { ok: true };
}

/** Ends every session of the user but the current one; returns how many. */
export async function endOtherSessions({ sql, actor }: UserCtx): Promise<{ ended: number }> {
  return (await withUser(sql, { userId: actor.userId, requestId: actor.requestId }, async (tx) => {
    const ended = await tx`
      delete from sessions where user_id = ${actor.userId} and id <> ${actor.sessionId} returning public_id`;
    await recordPlatformAudit(tx, {
      action: 'user.endOtherSessions',
      entity: 'user',
      entityId: actor.userId,
      after: { ended: ended.length },
    });
    return { ended: ended.length };
  })) as { ended: number };
}
