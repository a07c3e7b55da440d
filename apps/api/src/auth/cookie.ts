import { generateCookie } from 'hono/cookie';

/**
 * The session cookie and the device cookie. In production both are `__Host-` prefixed and Secure,
 * so that only this exact host over HTTPS can set or read them; in local development (plain http)
 * they cannot be.
 */
const SESSION_NAME = 'samsyn_session';
const DEVICE_NAME = 'samsyn_device';

const cookieName = (base: string, isProduction: boolean) => (isProduction ? `__Host-${base}` : base);
export const sessionCookieName = (isProduction: boolean) => cookieName(SESSION_NAME, isProduction);
export const deviceCookieName = (isProduction: boolean) => cookieName(DEVICE_NAME, isProduction);

function hostCookie(base: string, isProduction: boolean, value: string, maxAgeSeconds: number): string {
  return generateCookie(base, value, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isProduction,
    path: '/',
    maxAge: maxAgeSeconds,
    ...(isProduction ? { prefix: 'host' as const } : {}),
  });
}

export const sessionCookie = (isProduction: boolean, token: string, maxAgeSeconds: number): string =>
  hostCookie(SESSION_NAME, isProduction, token, maxAgeSeconds);

export const clearedSessionCookie = (isProduction: boolean): string => sessionCookie(isProduction, '', 0);

/**
 * The device cookie (`device-trust.ts`): the trusted-device tokens this browser holds, one per
 * account that logged in on it, joined by `~`. Long-lived, and kept at logout: it only says "this
 * browser has logged in to that account before", never lets anyone in by itself.
 */
export const deviceCookie = (isProduction: boolean, value: string, maxAgeSeconds: number): string =>
  hostCookie(DEVICE_NAME, isProduction, value, maxAgeSeconds);

function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim() || null;
  }
  return null;
}

/** Reads the session token from a Cookie header. */
export const readSessionToken = (cookieHeader: string | null | undefined, isProduction: boolean) =>
  readCookie(cookieHeader, sessionCookieName(isProduction));

/** Reads the device cookie's raw value from a Cookie header. */
export const readDeviceCookie = (cookieHeader: string | null | undefined, isProduction: boolean) =>
  readCookie(cookieHeader, deviceCookieName(isProduction));
