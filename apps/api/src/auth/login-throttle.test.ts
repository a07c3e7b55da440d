import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, outcomeOf } from '../testing/index.ts';
import { useTestApi } from '../testing/use-test-api.ts';

/**
 * Throttling without a lockout weapon (issue 17, point 4): the attacker and the owner of an account
 * in each scenario, with the limits of the default configuration. Each scenario uses its own
 * account and addresses (the database is this file's own).
 */
const env = useTestApi();

const WRONG = 'inte-lösenordet';
const limits = () => env.api.config.loginLimits;

/** One login attempt; its outcome ('OK', 'UNAUTHORIZED', 'TOO_MANY_REQUESTS'). */
const attempt = (
  email: string,
  address: string,
  options: { password?: string; device?: string | null } = {},
) =>
  outcomeOf(
    env.api.login(email, options.password ?? DEMO_PASSWORD, {
      clientAddress: address,
      deviceCookie: options.device ?? null,
    }),
  );

/** `count` wrong passwords for `email`, each expected to be refused as wrong (not yet locked). */
async function fail(email: string, address: string, count: number, device: string | null = null) {
  for (let i = 0; i < count; i++) {
    expect(await attempt(email, address, { password: WRONG, device })).toBe('UNAUTHORIZED');
  }
}

/** The owner logs in once from `address`, so that browser becomes a trusted device. */
async function trustedDeviceOf(email: string, address: string): Promise<string> {
  const { deviceCookie } = await env.api.signIn(email, DEMO_PASSWORD, { clientAddress: address });
  if (!deviceCookie) throw new Error('login set no device cookie');
  return deviceCookie;
}

describe('a stranger cannot lock the owner out', () => {
  it('locks the attacker at one address after 5 failures; the owner elsewhere gets in', async () => {
    const email = 'viewer@gavleborg.demo';
    await fail(email, '10.1.0.1', limits().maxFailuresPerAccountAndAddress);
    expect(await attempt(email, '10.1.0.1', { password: WRONG })).toBe('TOO_MANY_REQUESTS');
    // Even the right password is refused from there: guessing on is pointless.
    expect(await attempt(email, '10.1.0.1')).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.1.0.2')).toBe('OK');
  });

  it('lets the owner in with their device cookie from the attacker’s own NAT address', async () => {
    const email = 'editor@gavleborg.demo';
    const nat = '10.2.0.1';
    const device = await trustedDeviceOf(email, nat);
    await fail(email, nat, limits().maxFailuresPerAccountAndAddress);
    expect(await attempt(email, nat)).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, nat, { device })).toBe('OK');
  });

  it('lets the owner in from a new address until the global brake, then only with a trusted device', async () => {
    const email = 'admin@harnosand-timra.demo';
    const device = await trustedDeviceOf(email, '10.3.9.9');
    const perAddress = limits().maxFailuresPerAccountAndAddress;
    const addressesToBrake = Math.ceil(limits().maxFailuresPerAccount / perAddress);
    // A botnet: each address stays under its own limit, together they approach the brake.
    for (let i = 0; i < addressesToBrake - 1; i++) await fail(email, `10.3.0.${i + 1}`, perAddress);
    expect(await attempt(email, '10.3.1.1')).toBe('OK');
    const counted = (addressesToBrake - 1) * perAddress;
    await fail(email, `10.3.0.${addressesToBrake}`, limits().maxFailuresPerAccount - counted);
    // The brake: every untrusted client is refused, the owner on a new address too…
    expect(await attempt(email, '10.3.0.200', { password: WRONG })).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.3.1.2')).toBe('TOO_MANY_REQUESTS');
    // …and the owner's successful login did not reset it.
    expect(await attempt(email, '10.3.1.1')).toBe('TOO_MANY_REQUESTS');
    // The browser the owner has logged in with before still gets through.
    expect(await attempt(email, '10.3.0.1', { device })).toBe('OK');
  });

  it('keeps the per-address limit for untrusted clients, not for trusted devices behind it', async () => {
    const nat = '10.4.0.1';
    const owner = 'viewer@harnosand-timra.demo';
    const device = await trustedDeviceOf(owner, nat);
    for (let i = 0; i < limits().maxFailuresPerAddress; i++) {
      await attempt(`gissning-${i}@example.se`, nat, { password: WRONG });
    }
    expect(await attempt(owner, nat)).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(owner, nat, { device })).toBe('OK');
  });
});

describe('device cookies', () => {
  it('gives the attacker nothing with the device cookie of another account', async () => {
    const attackersOwn = await trustedDeviceOf('viewer@insjoriket.demo', '10.5.0.1');
    const victim = 'editor@insjoriket.demo';
    await fail(victim, '10.5.0.1', limits().maxFailuresPerAccountAndAddress, attackersOwn);
    expect(await attempt(victim, '10.5.0.1', { password: WRONG, device: attackersOwn })).toBe(
      'TOO_MANY_REQUESTS',
    );
    const [counted] = await env.superuser<{ untrusted: number }[]>`
      select count(*)::int as untrusted from login_attempts where address = '10.5.0.1' and device_id is null and not succeeded`;
    expect(counted?.untrusted).toBe(limits().maxFailuresPerAccountAndAddress);
  });

  it('counts a wrongly guessed device cookie like no cookie, and the real one still works', async () => {
    const email = 'admin@insjoriket.demo';
    const device = await trustedDeviceOf(email, '10.6.0.1');
    const [id] = device.split('.');
    const forged = `${id}.${'a'.repeat(24)}`;
    await fail(email, '10.6.0.2', limits().maxFailuresPerAccountAndAddress, forged);
    expect(await attempt(email, '10.6.0.2', { device: forged })).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.6.0.2', { device: 'skräp~mer.skräp' })).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.6.0.2', { device })).toBe('OK');
  });

  it('locks a trusted device after its own failures, and only that device', async () => {
    const email = 'process@samsyn.demo';
    const device = await trustedDeviceOf(email, '10.7.0.1');
    const other = await trustedDeviceOf(email, '10.7.0.2');
    await fail(email, '10.7.0.1', limits().maxFailuresPerDevice, device);
    expect(await attempt(email, '10.7.0.1', { device })).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.7.0.1', { device: other })).toBe('OK');
    expect(await attempt(email, '10.7.0.3')).toBe('OK');
  });

  it('replaces the device token at every login, so a copied one stops working as trusted', async () => {
    const email = 'network@samsyn.demo';
    const first = await trustedDeviceOf(email, '10.8.0.1');
    const { deviceCookie: second } = await env.api.signIn(email, DEMO_PASSWORD, {
      clientAddress: '10.8.0.1',
      deviceCookie: first,
    });
    expect(second).not.toBe(first);
    // The first token is gone: it now counts as untrusted, the renewed one as trusted.
    await fail(email, '10.8.0.2', limits().maxFailuresPerAccountAndAddress, first);
    expect(await attempt(email, '10.8.0.2', { device: first })).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(email, '10.8.0.2', { device: second })).toBe('OK');
  });

  it('remembers the accounts of a shared browser side by side', async () => {
    const shared = await trustedDeviceOf('viewer@insjoriket.demo', '10.9.0.1');
    const { deviceCookie: both } = await env.api.signIn('admin@gavleborg.demo', DEMO_PASSWORD, {
      clientAddress: '10.9.0.1',
      deviceCookie: shared,
    });
    expect(both?.split('~')).toHaveLength(2);
    expect(both?.split('~')[1]).toBe(shared);
    await fail('viewer@insjoriket.demo', '10.9.0.1', limits().maxFailuresPerAccountAndAddress);
    expect(await attempt('viewer@insjoriket.demo', '10.9.0.1', { device: both })).toBe('OK');
  });
});

describe('the answers', () => {
  it('gives every lockout the same answer', async () => {
    const answerOf = async (email: string, address: string, device: string | null = null) => {
      const error = await env.api
        .login(email, DEMO_PASSWORD, { clientAddress: address, deviceCookie: device })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TRPCError);
      const { code, message } = error as TRPCError;
      return { code, message };
    };
    const expected = { code: 'TOO_MANY_REQUESTS', message: 'auth.tooManyAttempts' };
    // Per account and address (from the first scenario), per address, the brake, per device.
    expect(await answerOf('viewer@gavleborg.demo', '10.1.0.1')).toEqual(expected);
    expect(await answerOf('nobody@example.se', '10.4.0.1')).toEqual(expected);
    expect(await answerOf('admin@harnosand-timra.demo', '10.3.5.5')).toEqual(expected);
    const device = await trustedDeviceOf('viewer@harnosand-timra.demo', '10.10.0.1');
    await fail('viewer@harnosand-timra.demo', '10.10.0.1', limits().maxFailuresPerDevice, device);
    expect(await answerOf('viewer@harnosand-timra.demo', '10.10.0.1', device)).toEqual(expected);
  });

  it('answers an unknown email, a wrong password and an inactive account alike, with or without a device', async () => {
    const email = 'editor@harnosand-timra.demo';
    const device = await trustedDeviceOf(email, '10.11.0.1');
    await env.superuser`update users set is_active = false where email = ${email}`;
    const outcomes = [
      await attempt('ingen-alls@example.se', '10.11.0.2', { password: WRONG }),
      await attempt('viewer@gavleborg.demo', '10.11.0.3', { password: WRONG }),
      await attempt(email, '10.11.0.4'),
      await attempt(email, '10.11.0.1', { device }),
    ];
    await env.superuser`update users set is_active = true where email = ${email}`;
    expect(outcomes).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED', 'UNAUTHORIZED']);
  });
});
