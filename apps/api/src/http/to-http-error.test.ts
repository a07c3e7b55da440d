import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { DomainError } from '@samsyn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { logInOverHttp } from '../testing/index.ts';
import { createApp } from './app.ts';
import { toHttpError } from './to-http-error.ts';

/** A failure as postgres.js raises it: an Error with PostgreSQL's SQLSTATE as `code`. */
const databaseError = (code: string) => Object.assign(new Error('from postgres'), { code });

describe('toHttpError', () => {
  it('answers each DomainError code with the status tRPC gives it, reason and details kept', () => {
    const statuses = {
      NOT_FOUND: 404,
      FORBIDDEN: 403,
      UNAUTHENTICATED: 401,
      CONFLICT: 409,
      INVALID: 400,
      RATE_LIMITED: 429,
    } as const;
    for (const [code, status] of Object.entries(statuses)) {
      expect(
        toHttpError(new DomainError(code as keyof typeof statuses, 'conflict.stale', { entity: 'x' })),
      ).toEqual({
        status,
        reason: 'conflict.stale',
        details: { entity: 'x' },
        log: 'none',
      });
    }
  });

  it('answers the database failures we know as tRPC does, and logs them as warnings', () => {
    expect(toHttpError(databaseError('57P01'))).toMatchObject({
      status: 503,
      reason: 'service.unavailable',
      log: 'warn',
    });
    expect(toHttpError(databaseError('23505'))).toMatchObject({
      status: 409,
      reason: 'conflict.exists',
      log: 'warn',
    });
    expect(toHttpError(databaseError('22021'))).toMatchObject({
      status: 400,
      reason: 'input.invalid',
      log: 'warn',
    });
  });

  it('answers anything else with 500 internal and nothing of the error itself', () => {
    expect(toHttpError(new Error('secret detail'))).toEqual({
      status: 500,
      reason: 'internal',
      details: null,
      log: 'error',
    });
    expect(toHttpError(databaseError('42P01'))).toMatchObject({ status: 500, reason: 'internal' });
  });
});

describe('the Hono routes answer through toHttpError', () => {
  const db = useTestDatabase();
  let sql: Sql;
  let app: ReturnType<typeof createApp>;

  const cookieOf = (email: string) => logInOverHttp(app, email);
  const exportAs = (slug: string, cookie?: string) =>
    app.request(`/api/export/${slug}`, { headers: cookie ? { cookie } : {} });

  beforeAll(() => {
    sql = createSql(db.current.appUrl, { max: 2 });
    app = createApp({ sql, config: loadConfig({}), log: createLogger('silent') });
  });
  afterAll(() => sql.end());

  it('answers an export without a session 401 auth.required, with the request id', async () => {
    const response = await exportAs('gavleborg');
    expect(response.status).toBe(401);
    const body = await response.json();
    expect(body).toEqual({ error: 'auth.required', requestId: response.headers.get('x-request-id') });
  });

  it('answers an editor (export is for admins) 403 tenant.noAccess, thrown from the tenant transaction', async () => {
    const response = await exportAs('gavleborg', await cookieOf('editor@gavleborg.demo'));
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: string }).error).toBe('tenant.noAccess');
  });

  it('answers a platform admin asking for an unknown förbund 404 notFound with its entity', async () => {
    const response = await exportAs('finns-inte', await cookieOf('platform@samsyn.demo'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'notFound', details: { entity: 'tenant' } });
  });
});
