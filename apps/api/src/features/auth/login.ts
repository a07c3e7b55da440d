import { recordPlatformAudit, withUser } from '@samsyn/db';
import { DomainError, type LoginInput } from '@samsyn/domain';
import { renewDevice } from '../../auth/device-trust.ts';
import {
  beginLoginAttempt,
  type LoginClient,
  type LoginLimits,
  markLoginSucceeded,
  pruneLoginAttempts,
  refuseIfThrottled,
} from '../../auth/login-throttle.ts';
import { verifyAgainstDummy, verifyPassword } from '../../auth/password.ts';
import { type SessionPolicy, startSession } from '../../auth/session.ts';
import type { PublicCtx } from '../verb-context.ts';

/**
 * What checking a password needs beside the scope: who is knocking, as the HTTP layer saw them,
 * and the throttle's and sessions' settings. The public tier's context is one.
 */
export interface LoginCtx extends PublicCtx {
  clientAddress: string;
  deviceCookie: string | null;
  userAgent: string | null;
  config: { loginLimits: LoginLimits; session: SessionPolicy & { maxPerUser: number } };
}

/** The caller as the login throttle counts them: address and presented device cookie. */
export const loginClientOf = (ctx: LoginCtx): LoginClient => ({
  address: ctx.clientAddress,
  deviceCookie: ctx.deviceCookie,
});

export interface LoginResult {
  token: string;
  /** The device cookie's new value: this browser is now a trusted device for the account. */
  deviceCookie: string;
  userId: string;
}

/**
 * Checks email and password and opens a new session. Unknown email, wrong password and an
 * inactive account all get the same error after the same work, so the answer tells no one which
 * emails have accounts. Throttled before the password is looked at (`login-throttle.ts`: per
 * trusted device, or per account and address with a slower per-account brake). A success makes
 * the browser a trusted device for the account and may end the user's oldest session (the cap).
 * Public: anyone may call it.
 */
export async function login(ctx: LoginCtx, input: LoginInput): Promise<LoginResult> {
  const decision = await beginLoginAttempt(ctx.sql, input.email, loginClientOf(ctx), ctx.config.loginLimits);
  refuseIfThrottled(decision);
  const [user] = await ctx.sql<{ id: string; passwordHash: string | null; isActive: boolean }[]>`
    select id, password_hash as "passwordHash", is_active as "isActive" from users where email = ${input.email}`;
  const isValid =
    user?.passwordHash && user.isActive
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
  if (!isValid || !user) throw new DomainError('UNAUTHENTICATED', 'auth.invalidCredentials');

  await markLoginSucceeded(ctx.sql, decision.attemptId);
  const result = await withUser(ctx.sql, { userId: user.id, requestId: ctx.requestId }, async (tx) => {
    const session = await startSession(tx, user.id, ctx.config.session, ctx.userAgent);
    const deviceCookie = await renewDevice(tx, user.id, decision.presentedDevices, decision.deviceId);
    await recordPlatformAudit(tx, {
      action: 'auth.login',
      entity: 'user',
      entityId: user.id,
      after: { trustedDevice: decision.deviceId !== null, endedSessions: session.endedSessions },
    });
    return { token: session.token, deviceCookie };
  });
  // Housekeeping now and then, not on every request.
  if (Math.random() < 0.01) await pruneLoginAttempts(ctx.sql);
  return { ...result, userId: user.id };
}
