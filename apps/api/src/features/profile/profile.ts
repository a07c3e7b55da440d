import { recordPlatformAudit, withUser } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { hashPassword, verifyPassword } from '../../auth/password.ts';
import { invalidateUserSessions } from '../../auth/session.ts';
import type { UserCtx } from '../verb-context.ts';

/** A user changes their own display name. Any logged-in user, for themself only. */
export async function updateProfile(
  { sql, actor }: UserCtx,
  input: { name: string },
): Promise<{ name: string }> {
  return (await withUser(sql, { userId: actor.userId, requestId: actor.requestId }, async (tx) => {
    const [before] = await tx<{ name: string }[]>`select name from users where id = ${actor.userId}`;
    await tx`update users set name = ${input.name}, version = version + 1 where id = ${actor.userId}`;
    await recordPlatformAudit(tx, {
      action: 'user.updateProfile',
      entity: 'user',
      entityId: actor.userId,
      before: { name: before?.name },
      after: { name: input.name },
    });
    return { name: input.name };
  })) as { name: string };
}

/**
 * A user changes their own password after proving the current one. Every other session of
 * theirs ends (a thief's included); the one they are using stays.
 */
export async function changePassword(
  { sql, actor }: UserCtx,
  input: { currentPassword: string; newPassword: string },
): Promise<{ ok: true }> {
  const [user] = await sql<{ passwordHash: string | null }[]>`
    select password_hash as "passwordHash" from users where id = ${actor.userId}`;
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new DomainError('INVALID', 'password.currentWrong');
  }
  const newHash = await hashPassword(input.newPassword);
  await withUser(sql, { userId: actor.userId, requestId: actor.requestId }, async (tx) => {
    await tx`update users set password_hash = ${newHash}, version = version + 1 where id = ${actor.userId}`;
    await invalidateUserSessions(tx, actor.userId, actor.sessionId);
    await recordPlatformAudit(tx, { action: 'user.changePassword', entity: 'user', entityId: actor.userId });
  });
  return { ok: true };
}
