import type { Context } from '../trpc/context.ts';
import { deviceCookie, sessionCookie } from './cookie.ts';

/**
 * After a login or an accepted invitation: ends the session the browser's old cookie held, then
 * sets the new session cookie and the renewed device cookie (kept for the device trust period).
 */
export async function setLoginCookies(
  ctx: Pick<Context, 'config' | 'resHeaders' | 'session'>,
  cookies: { token: string; deviceCookie: string },
): Promise<void> {
  const { config } = ctx;
  await ctx.session.endIfValid();
  ctx.resHeaders.append(
    'Set-Cookie',
    sessionCookie(config.isProduction, cookies.token, config.session.absoluteLifetimeSeconds),
  );
  ctx.resHeaders.append(
    'Set-Cookie',
    deviceCookie(config.isProduction, cookies.deviceCookie, config.loginLimits.deviceTrustSeconds),
  );
}
