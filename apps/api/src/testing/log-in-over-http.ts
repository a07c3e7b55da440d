import type { createApp } from '../http/app.ts';

const sameOrigin = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };

/**
 * A session cookie (`samsyn_session=…`) for a demo account, logged in through the app's HTTP
 * layer as a browser does: for tests of the Hono routes, which read the session from the cookie.
 */
export async function logInOverHttp(app: ReturnType<typeof createApp>, email: string): Promise<string> {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin },
    body: JSON.stringify({ email, password: 'samsyn-demo' }),
  });
  const token = /samsyn_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`could not log in as ${email}: ${response.status}`);
  return `samsyn_session=${token}`;
}
