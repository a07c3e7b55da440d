import { trpcMutation } from './trpc.ts';
import type { BenchUser } from './volume.ts';

/** In production the API sets the `__Host-` prefixed, Secure cookie. */
const COOKIE_NAME = '__Host-samsyn_session';

export interface LoggedInUser extends BenchUser {
  /** `name=value` for a Cookie header. */
  cookie: string;
}

/** Logs in through the real endpoint, as the web app does, and keeps the session cookie. */
export async function logIn(origin: string, user: BenchUser, password: string): Promise<LoggedInUser> {
  const request = trpcMutation(
    origin,
    'auth.login',
    { email: user.email, password },
    { 'x-forwarded-for': user.address },
  );
  const response = await fetch(`${origin}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body ?? null,
  });
  if (!response.ok)
    throw new Error(`login as ${user.email}: HTTP ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0] ?? '')
    .find((pair) => pair.startsWith(`${COOKIE_NAME}=`));
  if (!cookie) throw new Error(`login as ${user.email}: no ${COOKIE_NAME} cookie in the answer`);
  return { ...user, cookie };
}
