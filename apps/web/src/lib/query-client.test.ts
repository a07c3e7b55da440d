import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { markLoggingOut, markSessionExpired, wasSessionExpired } from './logout-intent.ts';
import { createQueryClient, type SessionMemory, shouldRetry } from './query-client.ts';

const withStatus = (httpStatus: number) => ({ data: { code: 'X', httpStatus } });

describe('shouldRetry', () => {
  it('does not repeat requests the server refused (4xx)', () => {
    expect(shouldRetry(0, withStatus(403))).toBe(false);
    expect(shouldRetry(0, withStatus(401))).toBe(false);
  });

  it('tries server errors and network failures twice more', () => {
    expect(shouldRetry(0, withStatus(500))).toBe(true);
    expect(shouldRetry(1, new TypeError('Failed to fetch'))).toBe(true);
    expect(shouldRetry(2, withStatus(503))).toBe(false);
  });
});

describe('createQueryClient', () => {
  it('marks the session as expired when a query is refused for want of one, and tells the app', async () => {
    markSessionExpired(false);
    let told = 0;
    const client = createQueryClient(() => {
      told += 1;
    });
    const gone = Object.assign(new Error('UNAUTHORIZED'), {
      data: { reason: 'auth.required', httpStatus: 401 },
    });
    await client.fetchQuery({ queryKey: ['x'], queryFn: () => Promise.reject(gone) }).catch(() => undefined);
    expect(told).toBe(1);
    expect(wasSessionExpired()).toBe(true);
  });

  it('leaves other refusals alone', async () => {
    markSessionExpired(false);
    const client = createQueryClient(() => undefined);
    const forbidden = Object.assign(new Error('FORBIDDEN'), {
      data: { reason: 'tenant.forbidden', httpStatus: 403 },
    });
    await client
      .fetchQuery({ queryKey: ['y'], queryFn: () => Promise.reject(forbidden) })
      .catch(() => undefined);
    expect(wasSessionExpired()).toBe(false);
  });
});

const gone = () =>
  Object.assign(new Error('UNAUTHORIZED'), { data: { reason: 'auth.required', httpStatus: 401 } });
/** Session memory in a variable, as localStorage would keep it. */
const memoryOf = (initially: boolean): SessionMemory & { value: boolean } => {
  const memory = {
    value: initially,
    hadSession: () => memory.value,
    remember: (had: boolean) => {
      memory.value = had;
    },
  };
  return memory;
};
const meKey = [['auth', 'me'], { type: 'query' }];
const mutate = (
  client: ReturnType<typeof createQueryClient>,
  path: string[],
  result: () => Promise<unknown>,
) =>
  new MutationObserver(client, { mutationKey: [path], mutationFn: result }).mutate().catch(() => undefined);
/**
 * A client over memory that had a session, counting how often it tells the app the session
 * expired; the expired mark starts cleared.
 */
const watchedClient = () => {
  markSessionExpired(false);
  let told = 0;
  const memory = memoryOf(true);
  const client = createQueryClient(() => {
    told += 1;
  }, memory);
  return { client, memory, told: () => told };
};

describe('a session that ends while the app is open', () => {
  it('is noticed when a save is refused for want of one, and the app is told', async () => {
    const watched = watchedClient();
    await mutate(watched.client, ['profile', 'update'], () => Promise.reject(gone()));
    expect(watched.told()).toBe(1);
    expect(wasSessionExpired()).toBe(true);
    expect(watched.memory.value).toBe(false);
  });

  it('is not a surprise when the user logs out and the API says the session had already ended', async () => {
    const watched = watchedClient();
    await mutate(watched.client, ['auth', 'logout'], () => Promise.reject(gone()));
    expect([watched.told(), wasSessionExpired(), watched.memory.value]).toEqual([0, false, false]);
  });

  it('forgets the session after a logout, so the next visit is not told it expired', async () => {
    const memory = memoryOf(true);
    const client = createQueryClient(() => undefined, memory);
    await mutate(client, ['auth', 'logout'], () => Promise.resolve(null));
    expect(memory.value).toBe(false);
  });

  it('is noticed when nobody is logged in any more in a browser that had a session', async () => {
    markSessionExpired(false);
    markLoggingOut(false);
    const memory = memoryOf(false);
    const client = createQueryClient(() => undefined, memory);
    await client.fetchQuery({ queryKey: meKey, queryFn: () => Promise.resolve({ id: 'u1' }) });
    expect(memory.value).toBe(true);
    await client.fetchQuery({ queryKey: meKey, queryFn: () => Promise.resolve(null), staleTime: 0 });
    expect(wasSessionExpired()).toBe(true);
    expect(memory.value).toBe(false);
  });

  it('says nothing to a first visit, nor after a deliberate logout', async () => {
    markSessionExpired(false);
    markLoggingOut(false);
    const first = createQueryClient(() => undefined, memoryOf(false));
    await first.fetchQuery({ queryKey: meKey, queryFn: () => Promise.resolve(null) });
    expect(wasSessionExpired()).toBe(false);

    markLoggingOut(true);
    const memory = memoryOf(true);
    const afterLogout = createQueryClient(() => undefined, memory);
    await afterLogout.fetchQuery({ queryKey: meKey, queryFn: () => Promise.resolve(null) });
    expect(wasSessionExpired()).toBe(false);
    expect(memory.value).toBe(false);
    markLoggingOut(false);
  });
});
