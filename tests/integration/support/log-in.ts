import type { createApp } from '@samsyn/api';

const sameOrigin = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };

/** A session cookie for a demo account, logged in through the app as a browser does. */
export async function logIn(app: ReturnType<typeof createApp>, email: string): Promise<string> {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin },
    body: JSON.stringify({ email, password: 'samsyn-demo' }),
  });
  const token = /samsyn_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`could not log in as ${email}: ${response.status}`);
  return `samsyn_session=${token}`;
}
