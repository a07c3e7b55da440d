import { createSql, type Sql } from '@samsyn/db';
import { TRPCError } from '@trpc/server';
import pino from 'pino';
import { readSessionToken } from '../auth/cookie.ts';
import { RequestSession } from '../auth/request-session.ts';
import { type AppConfig, loadConfig } from '../config.ts';
import { appRouter } from '../router.ts';
import type { Context } from '../trpc/context.ts';
import { createCallerFactory } from '../trpc/init.ts';

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

export interface TestApi {
  sql: Sql;
  config: AppConfig;
  /** A caller as an anonymous client, or as the holder of `token`. */
  caller(token?: string | null, options?: { clientAddress?: string }): Promise<Caller>;
  /** Logs in through `auth.login` and returns the session token from the Set-Cookie header. */
  login(email: string, password?: string, options?: { clientAddress?: string }): Promise<string>;
  /** Logs in and returns a caller for that user. */
  callerFor(email: string): Promise<Caller>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'samsyn-demo';

/**
 * Drives procedures the way the HTTP layer does (session from a cookie token, then a tRPC
 * caller), against a real database as the app role. For integration tests; no mocks.
 */
export function createTestApi(appUrl: string, overrides: Partial<AppConfig> = {}): TestApi {
  const config: AppConfig = { ...loadConfig({}), ...overrides };
  const sql = createSql(appUrl, { max: 4 });
  const log = pino({ level: 'silent' });

  const contextFor = async (token?: string | null, options: { clientAddress?: string } = {}) => {
    const ctx: Context = {
      sql,
      config,
      log,
      requestId: `test-${crypto.randomUUID()}`,
      clientAddress: options.clientAddress ?? '127.0.0.1',
      session: new RequestSession(sql, token ?? null, config.session),
      publicOrigin: 'http://localhost:3000',
      resHeaders: new Headers(),
    };
    return ctx;
  };
  const caller = async (token?: string | null, options: { clientAddress?: string } = {}) =>
    createCaller(await contextFor(token, options));

  const login = async (email: string, password = DEMO_PASSWORD, options: { clientAddress?: string } = {}) => {
    const ctx = await contextFor(null, options);
    await createCaller(ctx).auth.login({ email, password });
    const setCookie = ctx.resHeaders.get('set-cookie');
    const token = readSessionToken(setCookie?.split(';')[0], config.isProduction);
    if (!token) throw new Error(`login as ${email} set no session cookie`);
    return token;
  };

  return {
    sql,
    config,
    caller,
    login,
    callerFor: async (email) => caller(await login(email)),
    close: () => sql.end(),
  };
}

/** The tRPC error code a promise rejects with, or 'OK' if it resolves. */
export async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}
