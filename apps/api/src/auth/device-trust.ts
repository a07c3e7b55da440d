import { constantTimeEqual } from '@oslojs/crypto/subtle';
import type { Queryable } from '@samsyn/db';
import { parseSessionToken, type SessionTokenParts } from './session.ts';
import { randomToken, sha256Bytes } from './tokens.ts';

/**
 * Trusted devices, after OWASP's "Slow Down Online Guessing Attacks with Device Cookies": a browser
 * that has logged in to an account holds a device token for it, `<id>.<secret>` like a session
 * token (the database keeps the id and SHA-256(secret)). Login attempts that carry a valid one for
 * the email they try are throttled per device, not with the strangers' attempts, so a stranger's
 * failures cannot lock the owner out (`login-throttle.ts`). The token never logs anyone in.
 */

/** Accounts one browser remembers (a shared computer at a kansli); the oldest falls out first. */
export const MAX_DEVICE_TOKENS_PER_BROWSER = 5;
/** Devices one account keeps: enough for every browser a person uses, bounded against growth. */
export const MAX_DEVICES_PER_USER = 20;

/** The device tokens in a device cookie's value, at most MAX_DEVICE_TOKENS_PER_BROWSER, unparsable ones left out. */
export function parseDeviceCookie(value: string | null | undefined): SessionTokenParts[] {
  if (!value) return [];
  return value
    .split('~')
    .slice(0, MAX_DEVICE_TOKENS_PER_BROWSER)
    .map(parseSessionToken)
    .filter((token): token is SessionTokenParts => token !== null);
}

/**
 * The id of the device, among the tokens presented, that is trusted for `email`: its row exists,
 * belongs to the account with that email, is younger than `trustSeconds`, and its secret matches
 * (compared in constant time). Null otherwise: no cookie, another account's, a forged or an
 * expired one are all simply untrusted.
 */
export async function findTrustedDevice(
  db: Queryable,
  tokens: SessionTokenParts[],
  email: string,
  trustSeconds: number,
): Promise<string | null> {
  if (tokens.length === 0) return null;
  const rows = await db<{ id: string; secretHash: Buffer }[]>`
    select d.id, d.secret_hash as "secretHash"
    from login_devices d join users u on u.id = d.user_id
    where d.id = any(${tokens.map((token) => token.id)}::text[]) and u.email = ${email}
      and d.created_at > now() - make_interval(secs => ${trustSeconds})`;
  for (const row of rows) {
    const token = tokens.find((candidate) => candidate.id === row.id);
    if (token && constantTimeEqual(sha256Bytes(token.secret), new Uint8Array(row.secretHash))) return row.id;
  }
  return null;
}

/**
 * After a successful login: a fresh device token for the user, replacing the one the browser used
 * (if any), so a copied cookie stops working at the owner's next login. Returns the new cookie
 * value: the new token first, then the browser's tokens for other accounts.
 */
export async function renewDevice(
  db: Queryable,
  userId: string,
  presented: SessionTokenParts[],
  usedDeviceId: string | null,
): Promise<string> {
  if (usedDeviceId) await db`delete from login_devices where id = ${usedDeviceId}`;
  const id = randomToken();
  const secret = randomToken();
  await db`insert into login_devices (id, secret_hash, user_id) values (${id}, ${Buffer.from(sha256Bytes(secret))}, ${userId})`;
  await db`
    delete from login_devices where user_id = ${userId} and id not in (
      select id from login_devices where user_id = ${userId}
      order by created_at desc, id limit ${MAX_DEVICES_PER_USER})`;
  const others = presented
    .filter((token) => token.id !== usedDeviceId)
    .map((token) => `${token.id}.${token.secret}`);
  return [`${id}.${secret}`, ...others].slice(0, MAX_DEVICE_TOKENS_PER_BROWSER).join('~');
}
