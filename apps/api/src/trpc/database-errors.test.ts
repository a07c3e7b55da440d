import { createServer, type Server, type Socket } from 'node:net';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi, type TestApi } from '../testing/test-api.ts';
import { classifyDatabaseError, DatabaseFailure } from './database-errors.ts';
import { toTrpcError } from './errors.ts';

/**
 * Each failure is provoked for real against PostgreSQL (or a socket that behaves like a dead
 * one), so the classifier is tested against the errors postgres.js actually raises.
 */
const db = useTestDatabase();
let sql: Sql;

const failureOf = async (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database call to fail');
};

const classOf = async (run: () => Promise<unknown>) => {
  const error = await failureOf(run);
  return { sqlState: (error as { code?: string }).code, mapped: classifyDatabaseError(error)?.code };
};

beforeAll(async () => {
  sql = createSql(db.current.superuserUrl, { max: 2 });
  await sql`create table probe (name text unique, small smallint, short varchar(3))`;
  await sql`insert into probe (name) values ('taken')`;
});
afterAll(async () => {
  await sql?.end();
});

describe('classifyDatabaseError, with errors PostgreSQL really raises', () => {
  it('maps a unique violation to CONFLICT (conflict.exists)', async () => {
    const error = await failureOf(() => sql`insert into probe (name) values ('taken')`);
    expect((error as { code: string }).code).toBe('23505');
    expect(classifyDatabaseError(error)).toEqual({
      code: 'CONFLICT',
      reason: 'conflict.exists',
      httpStatus: 409,
    });
  });

  it('maps input PostgreSQL refuses to BAD_REQUEST (input.invalid)', async () => {
    const cases = [
      () => sql`select ${'a\u0000b'}::text`, // 22021: NUL in text
      () => sql`select '"\\u0000"'::jsonb`, // 22P05: NUL escape in jsonb
      () => sql`insert into probe (short) values ('abcd')`, // 22001
      () => sql`insert into probe (small) values (40000)`, // 22003
      () => sql`insert into probe (name) values (repeat('x', 10000000))`, // 54000: index row too big
    ];
    const outcomes = [];
    for (const run of cases) outcomes.push(await classOf(run));
    expect(outcomes).toEqual([
      { sqlState: '22021', mapped: 'BAD_REQUEST' },
      { sqlState: '22P05', mapped: 'BAD_REQUEST' },
      { sqlState: '22001', mapped: 'BAD_REQUEST' },
      { sqlState: '22003', mapped: 'BAD_REQUEST' },
      { sqlState: '54000', mapped: 'BAD_REQUEST' },
    ]);
  });

  it('maps a backend terminated under a running query to SERVICE_UNAVAILABLE', async () => {
    const victim = createSql(db.current.appUrl, { max: 1, applicationName: 'probe-victim' });
    try {
      const running = failureOf(() => victim`select pg_sleep(30)`);
      await expect
        .poll(
          async () =>
            (
              await sql`select pg_terminate_backend(pid) as done from pg_stat_activity
                        where application_name = 'probe-victim' and query like 'select pg_sleep%'`
            ).length,
        )
        .toBe(1);
      const error = await running;
      // PostgreSQL sends FATAL 57P01 and hangs up; postgres.js reports the hang-up.
      expect((error as { code: string }).code).toBe('CONNECTION_CLOSED');
      expect(classifyDatabaseError(error)?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      await victim.end({ timeout: 1 });
    }
  });

  it('maps a refused connection, a connect timeout and an ended pool to SERVICE_UNAVAILABLE', async () => {
    // A port nobody listens on: ask the OS for a free one, then close it again.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    // A server that accepts and never answers, like a host whose PostgreSQL hangs.
    const accepted: Socket[] = [];
    const silent: Server = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as { port: number }).port;

    const refused = createSql(`postgres://app@127.0.0.1:${closedPort}/x`, { max: 1 });
    const hanging = createSql(`postgres://app@127.0.0.1:${silentPort}/x`, { max: 1, connectTimeout: 0.3 });
    const ended = createSql(db.current.appUrl, { max: 1 });
    await ended.end();
    try {
      const outcomes = [
        await classOf(() => refused`select 1`),
        await classOf(() => hanging`select 1`),
        await classOf(() => ended`select 1`),
      ];
      expect(outcomes).toEqual([
        { sqlState: 'ECONNREFUSED', mapped: 'SERVICE_UNAVAILABLE' },
        { sqlState: 'CONNECT_TIMEOUT', mapped: 'SERVICE_UNAVAILABLE' },
        { sqlState: 'CONNECTION_ENDED', mapped: 'SERVICE_UNAVAILABLE' },
      ]);
    } finally {
      await Promise.all([refused.end({ timeout: 0 }), hanging.end({ timeout: 0 })]);
      for (const socket of accepted) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('maps the other "not now" states, and leaves every other failure alone', () => {
    const withCode = (code: string) => Object.assign(new Error(code), { code });
    expect(
      [
        '08006',
        '08001',
        '57P02',
        '57P03',
        '53300',
        'CONNECTION_CLOSED',
        'CONNECTION_DESTROYED',
        'EPIPE',
        'ECONNRESET',
      ].map((code) => classifyDatabaseError(withCode(code))?.code),
    ).toEqual(Array(9).fill('SERVICE_UNAVAILABLE'));
    // Node's AggregateError for a refused connection to several addresses.
    expect(classifyDatabaseError(new AggregateError([withCode('ECONNREFUSED')]))?.code).toBe(
      'SERVICE_UNAVAILABLE',
    );
    // Bugs stay bugs (500): a syntax error, a foreign key violation, a plain Error.
    expect(
      ['42601', '23503', '40001', 'ENOENT'].map((code) => classifyDatabaseError(withCode(code))),
    ).toEqual([null, null, null, null]);
    expect(classifyDatabaseError(new Error('boom'))).toBeNull();
    expect(classifyDatabaseError(null)).toBeNull();
  });
});

describe('toTrpcError', () => {
  it('turns a procedure failure wrapped by tRPC into the mapped code, keeping the original', async () => {
    const unique = await failureOf(() => sql`insert into probe (name) values ('taken')`);
    const wrapped = new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause: unique as Error });
    const mapped = toTrpcError(wrapped);
    expect(mapped).toBeInstanceOf(TRPCError);
    expect((mapped as TRPCError).code).toBe('CONFLICT');
    expect((mapped as TRPCError).message).toBe('conflict.exists');
    const cause = (mapped as TRPCError).cause;
    expect(cause).toBeInstanceOf(DatabaseFailure);
    expect((cause as DatabaseFailure).cause).toBe(unique);
  });

  it('leaves a TRPCError with a deliberate code alone', () => {
    const deliberate = new TRPCError({
      code: 'BAD_REQUEST',
      cause: Object.assign(new Error('x'), { code: '23505' }),
    });
    expect(toTrpcError(deliberate)).toBe(deliberate);
  });

  it('answers a tenant call SERVICE_UNAVAILABLE with reason service.unavailable when the database is unreachable', async () => {
    const api = createTestApi(db.current.appUrl);
    const token = await api.login('editor@gavleborg.demo');
    await api.close();
    // The same session, against a server that no longer listens (port 1: nothing there).
    const callers: TestApi[] = [];
    try {
      const unreachable = () => {
        const api = createTestApi('postgres://app@127.0.0.1:1/samsyn');
        callers.push(api);
        return api;
      };
      const tenantCall = (await unreachable().caller(token)).interventions.list({
        tenant: 'gavleborg',
        includeArchived: false,
      });
      const error = await failureOf(() => tenantCall);
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
      expect((error as TRPCError).message).toBe('service.unavailable');
      // A public procedure (the session lookup) and a login (the throttle and user lookup) too.
      const me = (await unreachable().caller(token)).auth.me();
      expect(await failureOf(() => me)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      const login = (await unreachable().caller()).auth.login({
        email: 'editor@gavleborg.demo',
        password: 'x',
      });
      expect(await failureOf(() => login)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    } finally {
      await Promise.all(callers.map((api) => api.sql.end({ timeout: 0 })));
    }
  });
});
