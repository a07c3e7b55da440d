import { generateCookie } from 'hono/cookie';

/**
 * The session cookie. In production it is `__Host-` prefixed and Secure, so that only this exact
 * host over HTTPS can set or read it; in local development (plain http) it cannot be.
 */
const BASE_NAME = 'samsyn_session';

export const sessionCookieName = (isProduction: boolean) =>
  isProduction ? `__Host-${BASE_NAME}` : BASE_NAME;

export function sessionCookie(isProduction: boolean, token: string, maxAgeSeconds: number): string {
  return generateCookie(BASE_NAME, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isProduction,
    path: '/',
    maxAge: maxAgeSeconds,
    ...(isProduction ? { prefix: 'host' as const } : {}),
  });
}

export const clearedSessionCookie = (isProduction: boolean): string => sessionCookie(isProduction, '', 0);

/** Reads the session token from a Cookie header. */
export function readSessionToken(
  cookieHeader: string | null | undefined,
  isProduction: boolean,
): string | null {
  if (!cookieHeader) return null;
  const name = sessionCookieName(isProduction);
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}
