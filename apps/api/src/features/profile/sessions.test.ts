import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, outcomeOf } from '../../testing/index.ts';
import { useTestApi } from '../../testing/use-test-api.ts';

/** Sessions a user can see and end (issue 17, point 8), and the cap on how many they hold. */
const env = useTestApi();

const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
const SAFARI_ON_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const isAlive = async (token: string) => (await (await env.api.caller(token)).auth.me()) !== null;
const sessionCount = async (email: string) => {
  const [row] = await env.superuser<{ n: number }[]>`
    select count(*)::int as n from sessions s join users u on u.id = s.user_id where u.email = ${email}`;
  return row?.n ?? 0;
};

describe('the session cap', () => {
  it('ends the oldest session when a login goes beyond the cap', async () => {
    const email = 'viewer@gavleborg.demo';
    const max = env.api.config.session.maxPerUser;
    expect(max).toBe(10);
    const tokens: string[] = [];
    for (let i = 0; i < max; i++) tokens.push(await env.api.login(email));
    expect(await sessionCount(email)).toBe(max);
    const eleventh = await env.api.login(email);
    expect(await sessionCount(email)).toBe(max);
    expect(await isAlive(tokens[0] as string)).toBe(false);
    for (const token of [...tokens.slice(1), eleventh]) expect(await isAlive(token)).toBe(true);
    // The login's own audit entry says so.
    const [entry] = await env.superuser<{ after: { endedSessions: number } }[]>`
      select after from platform_audit_log where action = 'auth.login' order by id desc limit 1`;
    expect(entry?.after.endedSessions).toBe(1);
  });

  it('holds under simultaneous logins of one user', async () => {
    const email = 'editor@gavleborg.demo';
    const max = env.api.config.session.maxPerUser;
    // From different addresses: parallel attempts from one address count as failures until done.
    await Promise.all(
      Array.from({ length: max + 5 }, (_, i) =>
        env.api.login(email, DEMO_PASSWORD, { clientAddress: `10.20.0.${i}` }),
      ),
    );
    expect(await sessionCount(email)).toBe(max);
  });
});

describe('profile.sessions', () => {
  it('lists only the user’s own live sessions, named by browser and system, the current one first', async () => {
    const email = 'admin@insjoriket.demo';
    const phone = await env.api.login(email, DEMO_PASSWORD, { userAgent: SAFARI_ON_IPHONE });
    const desk = await env.api.login(email, DEMO_PASSWORD, { userAgent: FIREFOX_ON_WINDOWS });
    const expired = await env.api.login(email);
    await env.superuser`update sessions set last_active_at = now() - interval '5 hours' where id = ${expired.split('.')[0] as string}`;
    await env.api.login('editor@insjoriket.demo', DEMO_PASSWORD, { userAgent: SAFARI_ON_IPHONE });

    const list = await (await env.api.caller(desk)).profile.sessions.list();
    expect(list.map(({ browser, os, isCurrent }) => ({ browser, os, isCurrent }))).toEqual([
      { browser: 'Firefox', os: 'Windows', isCurrent: true },
      { browser: 'Safari', os: 'iPhone', isCurrent: false },
    ]);
    for (const session of list) {
      expect(session.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(session.createdAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(Date.parse(session.lastActiveAt)).toBeGreaterThan(Date.now() - 60_000);
    }
    // The public id is not the token's id: the cookie's half never reaches the page.
    expect(list.map((session) => session.id)).not.toContain(phone.split('.')[0]);
  });

  it('ends one other session of the user, audited', async () => {
    const email = 'viewer@insjoriket.demo';
    const mine = await env.api.login(email);
    const other = await env.api.login(email);
    const third = await env.api.login(email);
    const caller = await env.api.caller(mine);
    const target = (await caller.profile.sessions.list()).filter((s) => !s.isCurrent);
    const [first] = target;
    await caller.profile.sessions.end({ sessionId: first?.id as string });
    const alive = [await isAlive(other), await isAlive(third)];
    expect(alive.filter(Boolean)).toHaveLength(1);
    expect(await isAlive(mine)).toBe(true);
    const [entry] = await env.superuser<{ before: { sessionId: string } }[]>`
      select before from platform_audit_log where action = 'user.endSession' order by id desc limit 1`;
    expect(entry?.before.sessionId).toBe(first?.id);
  });

  it('cannot end another user’s session, nor its own (that is logging out)', async () => {
    const victim = await env.api.login('admin@harnosand-timra.demo');
    const [victimSession] = await (await env.api.caller(victim)).profile.sessions.list();
    const attacker = await env.api.caller(await env.api.login('viewer@harnosand-timra.demo'));
    expect(await outcomeOf(attacker.profile.sessions.end({ sessionId: victimSession?.id as string }))).toBe(
      'NOT_FOUND',
    );
    expect(await isAlive(victim)).toBe(true);
    const own = await env.api.caller(victim);
    expect(await outcomeOf(own.profile.sessions.end({ sessionId: victimSession?.id as string }))).toBe(
      'NOT_FOUND',
    );
    expect(await isAlive(victim)).toBe(true);
    expect(await outcomeOf(attacker.profile.sessions.end({ sessionId: 'inte-ett-id' }))).toBe('BAD_REQUEST');
  });

  it('ends all other sessions of the user and none of anyone else’s', async () => {
    const email = 'editor@harnosand-timra.demo';
    const mine = await env.api.login(email);
    const others = [await env.api.login(email), await env.api.login(email)];
    const bystander = await env.api.login('process@samsyn.demo');
    const result = await (await env.api.caller(mine)).profile.sessions.endOthers();
    expect(result).toEqual({ ended: 2 });
    for (const token of others) expect(await isAlive(token)).toBe(false);
    expect(await isAlive(mine)).toBe(true);
    expect(await isAlive(bystander)).toBe(true);
    const [entry] = await env.superuser<{ after: { ended: number } }[]>`
      select after from platform_audit_log where action = 'user.endOtherSessions' order by id desc limit 1`;
    expect(entry?.after.ended).toBe(2);
  });

  it('refuses anonymous callers', async () => {
    const anonymous = await env.api.caller();
    expect(await outcomeOf(anonymous.profile.sessions.list())).toBe('UNAUTHORIZED');
    expect(await outcomeOf(anonymous.profile.sessions.endOthers())).toBe('UNAUTHORIZED');
  });
});
