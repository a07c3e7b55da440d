import { recordPlatformAudit, type Sql, withUser } from '@samsyn/db';
import { DomainError, type LoginInput } from '@samsyn/domain';
import {
  beginLoginAttempt,
  type LoginLimits,
  markLoginSucceeded,
  pruneLoginAttempts,
} from '../../auth/login-throttle.ts';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password.ts';
import { createSession, deleteExpiredSessions, type SessionPolicy } from '../../auth/session.ts';

export interface LoginDeps {
  sql: Sql;
  limits: LoginLimits;
  sessionPolicy: SessionPolicy;
  clientAddress: string;
  requestId: string;
}

/**
 * Checks email and password and opens a new session. Unknown email, wrong password and an
 * inactive account all get the same error after the same work, so the answer tells no one which
 * emails have accounts. Throttled per account and per address before the password is looked at.
 * Public: anyone may call it.
 */
export async function login(deps: LoginDeps, input: LoginInput): Promise<{ token: string; userId: string }> {
  const decision = await beginLoginAttempt(deps.sql, input.email, deps.clientAddress, deps.limits);
  if (!decision.allowed) {
    throw new DomainError('RATE_LIMITED', 'auth.tooManyAttempts', {
      retryAfterMinutes: Math.ceil(decision.retryAfterSeconds / 60),
    });
  }
  const [user] = await deps.sql<{ id: string; passwordHash: string | null; isActive: boolean }[]>`
    select id, password_hash as "passwordHash", is_active as "isActive" from users where email = ${input.email}`;
  const isValid =
    user?.passwordHash && user.isActive
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  if (!isValid || !user) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');

  await markLoginSucceeded(deps.sql, decision.attemptId);
  const token = await withUser(deps.sql, { userId: user.id, requestId: deps.requestId }, async (tx) => {
    await deleteExpiredSessions(tx, user.id, deps.sessionPolicy);
    const created = await createSession(tx, user.id);
    await recordPlatformAudit(tx, { action: 'auth.login', entity: 'user', entityId: user.id });
    return created;
  });
  // Housekeeping now and then, not on every request.
  if (Math.random() < 0.01) await pruneLoginAttempts(deps.sql);
  return { token, userId: user.id };
}
