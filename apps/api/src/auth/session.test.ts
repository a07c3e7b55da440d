import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, outcomeOf } from '../testing/index.ts';
import { useTestApi } from '../testing/use-test-api.ts';
import { deviceCookie, sessionCookie } from './cookie.ts';

const env = useTestApi();

const sessionIdOf = (token: string) => token.split('.')[0] as string;

describe('sessions', () => {
  it('logs in a demo user and knows who they are', async () => {
    const me = await (await env.api.callerFor('editor@gavleborg.demo')).auth.me();
    expect(me?.user.email).toBe('editor@gavleborg.demo');
    expect(me?.memberships.map((m) => [m.slug, m.role])).toEqual([['gavleborg', 'editor']]);
  });

  it('stores only a hash of the secret, never the token', async () => {
    const token = await env.api.login('viewer@gavleborg.demo');
    const [id, secret] = token.split('.') as [string, string];
    const [row] =
      await env.superuser`select encode(secret_hash, 'hex') as hash from sessions where id = ${id}`;
    expect(row?.hash).toHaveLength(64);
    expect(row?.hash).not.toContain(secret);
    const found = await env.superuser`select 1 from sessions where id = ${token} or id = ${secret}`;
    expect(found).toHaveLength(0);
  });

  it('issues a new token at every login', async () => {
    const first = await env.api.login('editor@gavleborg.demo');
    const second = await env.api.login('editor@gavleborg.demo');
    expect(second).not.toBe(first);
    expect(sessionIdOf(second)).not.toBe(sessionIdOf(first));
  });

  it('ends the session a browser held when it logs in again, as anyone', async () => {
    const before = await env.api.login('editor@gavleborg.demo');
    const browser = await env.api.caller(before);
    await browser.auth.login({ email: 'viewer@gavleborg.demo', password: DEMO_PASSWORD });
    expect(await (await env.api.caller(before)).auth.me()).toBeNull();
  });

  it('keeps the session a browser held when a new login fails', async () => {
    const before = await env.api.login('admin@gavleborg.demo');
    const browser = await env.api.caller(before);
    expect(
      await outcomeOf(browser.auth.login({ email: 'viewer@gavleborg.demo', password: 'fel lösenord' })),
    ).toBe('UNAUTHORIZED');
    expect((await (await env.api.caller(before)).auth.me())?.user.email).toBe('admin@gavleborg.demo');
  });

  it('refuses a token whose secret has been tampered with', async () => {
    const token = await env.api.login('editor@gavleborg.demo');
    const forged = `${sessionIdOf(token)}.${'a'.repeat(24)}`;
    expect(await (await env.api.caller(forged)).auth.me()).toBeNull();
  });

  it('refuses a logged-out token when it is replayed', async () => {
    const token = await env.api.login('editor@gavleborg.demo');
    const caller = await env.api.caller(token);
    await caller.auth.logout();
    const replay = await env.api.caller(token);
    expect(await replay.auth.me()).toBeNull();
    expect(await outcomeOf(replay.tenant.get({ tenant: 'gavleborg' }))).toBe('UNAUTHORIZED');
  });

  it('ends a session after the inactivity timeout', async () => {
    const token = await env.api.login('editor@gavleborg.demo');
    const idle = env.api.config.session.inactivityTimeoutSeconds + 1;
    await env.superuser`update sessions set last_active_at = now() - make_interval(secs => ${idle}) where id = ${sessionIdOf(token)}`;
    expect(await (await env.api.caller(token)).auth.me()).toBeNull();
    expect(await env.superuser`select 1 from sessions where id = ${sessionIdOf(token)}`).toHaveLength(0);
  });

  it('keeps an active session alive just inside the inactivity timeout', async () => {
    const token = await env.api.login('editor@gavleborg.demo');
    const idle = env.api.config.session.inactivityTimeoutSeconds - 60;
    await env.superuser`update sessions set last_active_at = now() - make_interval(secs => ${idle}) where id = ${sessionIdOf(token)}`;
    expect((await (await env.api.caller(token)).auth.me())?.user.email).toBe('editor@gavleborg.demo');
    const [row] = await env.superuser`
      select last_active_at > now() - interval '10 seconds' as touched from sessions where id = ${sessionIdOf(token)}`;
    expect(row?.touched).toBe(true);
  });

  it('ends a session at its absolute lifetime however active it is', async () => {
    const token = await env.api.login('editor@gavleborg.demo');
    const age = env.api.config.session.absoluteLifetimeSeconds + 1;
    await env.superuser`update sessions set created_at = now() - make_interval(secs => ${age}), last_active_at = now() where id = ${sessionIdOf(token)}`;
    expect(await (await env.api.caller(token)).auth.me()).toBeNull();
  });

  it('ends every session of a user who is deactivated', async () => {
    const first = await env.api.login('viewer@insjoriket.demo');
    const second = await env.api.login('viewer@insjoriket.demo');
    await env.superuser`update users set is_active = false where email = 'viewer@insjoriket.demo'`;
    expect(
      await env.superuser`select 1 from sessions s join users u on u.id = s.user_id where u.email = 'viewer@insjoriket.demo'`,
    ).toHaveLength(0);
    expect(await (await env.api.caller(first)).auth.me()).toBeNull();
    expect(await (await env.api.caller(second)).auth.me()).toBeNull();
    // …and they cannot log in again, with the same answer as a wrong password.
    expect(await outcomeOf(env.api.login('viewer@insjoriket.demo'))).toBe('UNAUTHORIZED');
    await env.superuser`update users set is_active = true where email = 'viewer@insjoriket.demo'`;
  });
});

describe('login', () => {
  it('gives the same answer for an unknown email and a wrong password', async () => {
    const anonymous = await env.api.caller(null, { clientAddress: '10.0.0.1' });
    const unknown = await anonymous.auth
      .login({ email: 'nobody@gavleborg.demo', password: 'x' })
      .catch((e) => e);
    const wrong = await anonymous.auth
      .login({ email: 'admin@gavleborg.demo', password: 'x' })
      .catch((e) => e);
    const shape = (error: { code: string; message: string }) => ({
      code: error.code,
      message: error.message,
    });
    expect(shape(unknown)).toEqual({ code: 'UNAUTHORIZED', message: 'auth.invalidCredentials' });
    expect(shape(wrong)).toEqual(shape(unknown));
  });

  it('accepts the email in any case and with surrounding space', async () => {
    expect(await env.api.login('  Editor@Gavleborg.DEMO ')).toMatch(/^[a-z2-7]+\.[a-z2-7]+$/);
  });

  it('refuses an account from an address after five failures there, even with the right password, and says so', async () => {
    const email = 'admin@harnosand-timra.demo';
    const address = '10.0.1.1';
    for (let i = 0; i < 5; i++) {
      expect(await outcomeOf(env.api.login(email, 'wrong-password', { clientAddress: address }))).toBe(
        'UNAUTHORIZED',
      );
    }
    expect(await outcomeOf(env.api.login(email, undefined, { clientAddress: address }))).toBe(
      'TOO_MANY_REQUESTS',
    );
    // Not from another address: a stranger's failures must not lock the owner out
    // (login-throttle.test.ts has the whole matrix).
    expect(await outcomeOf(env.api.login(email, undefined, { clientAddress: '10.0.1.2' }))).toBe('OK');
  });

  it('limits unknown emails exactly like known ones', async () => {
    for (let i = 0; i < 5; i++) {
      expect(await outcomeOf(env.api.login('ghost@example.se', 'x', { clientAddress: '10.0.2.1' }))).toBe(
        'UNAUTHORIZED',
      );
    }
    expect(await outcomeOf(env.api.login('ghost@example.se', 'x', { clientAddress: '10.0.2.1' }))).toBe(
      'TOO_MANY_REQUESTS',
    );
  });

  it('limits one address that tries many accounts', async () => {
    const address = '10.0.3.1';
    const max = env.api.config.loginLimits.maxFailuresPerAddress;
    for (let i = 0; i < max; i++) {
      await outcomeOf(env.api.login(`guess-${i}@example.se`, 'x', { clientAddress: address }));
    }
    expect(
      await outcomeOf(env.api.login('editor@insjoriket.demo', undefined, { clientAddress: address })),
    ).toBe('TOO_MANY_REQUESTS');
    expect(
      await outcomeOf(env.api.login('editor@insjoriket.demo', undefined, { clientAddress: '10.0.3.2' })),
    ).toBe('OK');
  });

  it('counts a burst of parallel guesses before checking any of them', async () => {
    const email = 'editor@harnosand-timra.demo';
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        outcomeOf(env.api.login(email, 'wrong', { clientAddress: '10.0.4.1' })),
      ),
    );
    expect(outcomes.filter((o) => o === 'UNAUTHORIZED')).toHaveLength(5);
    expect(outcomes.filter((o) => o === 'TOO_MANY_REQUESTS')).toHaveLength(7);
  });

  it('rejects an empty email or password as invalid input', async () => {
    expect(await outcomeOf((await env.api.caller()).auth.login({ email: '', password: 'x' }))).toBe(
      'BAD_REQUEST',
    );
    expect(await outcomeOf((await env.api.caller()).auth.login({ email: 'a@b.se', password: '' }))).toBe(
      'BAD_REQUEST',
    );
  });
});

describe('session cookie', () => {
  it('is HttpOnly and SameSite=Lax in development', () => {
    const cookie = sessionCookie(false, 'id.secret', 60);
    expect(cookie).toMatch(/^samsyn_session=id\.secret;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure');
  });

  it('is __Host- prefixed and Secure in production', () => {
    const cookie = sessionCookie(true, 'id.secret', 60);
    expect(cookie).toMatch(/^__Host-samsyn_session=id\.secret;/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain');
  });
});

describe('device cookie', () => {
  const year = 365 * 86_400;

  it('is HttpOnly, SameSite=Lax and long-lived in development', () => {
    const cookie = deviceCookie(false, 'id.secret', year);
    expect(cookie).toMatch(/^samsyn_device=id\.secret;/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).toContain(`Max-Age=${year}`);
    expect(cookie).not.toContain('Secure');
  });

  it('is __Host- prefixed and Secure in production', () => {
    const cookie = deviceCookie(true, 'id.secret', year);
    expect(cookie).toMatch(/^__Host-samsyn_device=id\.secret;/);
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Domain');
  });

  it('is set at login for a year, and only a hash of its secret is stored', async () => {
    const { deviceCookie: value } = await env.api.signIn('viewer@gavleborg.demo');
    const [id, secret] = (value ?? '').split('.') as [string, string];
    const [row] = await env.superuser`
      select encode(d.secret_hash, 'hex') as hash, u.email from login_devices d join users u on u.id = d.user_id
      where d.id = ${id}`;
    expect(row?.email).toBe('viewer@gavleborg.demo');
    expect(row?.hash).toHaveLength(64);
    expect(row?.hash).not.toContain(secret);
    expect(env.api.config.loginLimits.deviceTrustSeconds).toBe(year);
  });
});
