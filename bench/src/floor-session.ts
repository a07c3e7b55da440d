import { createHash } from 'node:crypto';

const COOKIE = '__Host-samsyn_session=';

/**
 * The session token of the API's production cookie, read the short way for the floor server's
 * context routes (the API's own reader is `readSessionToken`): `<id>.<secret>`, or null.
 */
export function readSessionCookie(header: string | undefined): { id: string; secret: string } | null {
  const cookie = (header ?? '').split(';').find((part) => part.trim().startsWith(COOKIE));
  const [id = '', secret = ''] = (cookie?.trim().slice(COOKIE.length) ?? '').split('.');
  return id && secret ? { id, secret } : null;
}

/** What the database stores of a session's secret. */
export const secretHash = (secret: string): Buffer => createHash('sha256').update(secret).digest();
