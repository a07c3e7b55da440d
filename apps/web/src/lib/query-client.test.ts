import { describe, expect, it } from 'vitest';
import { markSessionExpired, wasSessionExpired } from './logout-intent.ts';
import { createQueryClient, shouldRetry } from './query-client.ts';

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
