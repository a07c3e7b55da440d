import { createSql, type Sql } from '@samsyn/db';
import { TRPCError } from '@trpc/server';
import pino from 'pino';
import { readDeviceCookie, readSessionToken } from '../auth/cookie.ts';
import { RequestSession } from '../auth/request-session.ts';
import { type AppConfig, loadConfig } from '../config.ts';
import { appRouter } from '../router.ts';
import type { Context } from '../trpc/context.ts';
import { createCallerFactory } from '../trpc/init.ts';

const createCaller = createCallerFactory(appRouter);
export type Caller = ReturnType<typeof createCaller>;

/** The client a test call comes from: its address, device cookie and User-Agent. */
export interface TestClient {
  clientAddress?: string;
  /** The device cookie's value, as `signIn` returned it. */
  deviceCookie?: string | null;
  userAgent?: string | null;
}

export interface TestApi {
  sql: Sql;
  config: AppConfig;
  /** A caller as an anonymous client, or as the holder of `token`. */
  caller(token?: string | null, options?: TestClient): Promise<Caller>;
  /** Logs in through `auth.login` and returns the session token from the Set-Cookie header. */
  login(email: string, password?: string, options?: TestClient): Promise<string>;
  /** Logs in through `auth.login` and returns both cookies the answer set (device: null if none). */
  signIn(
    email: string,
    password?: string,
    options?: TestClient,
  ): Promise<{ sessionToken: string; deviceCookie: string | null }>;
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

  const contextFor = async (token?: string | null, options: TestClient = {}) => {
    const ctx: Context = {
      sql,
      config,
      log,
      requestId: `test-${crypto.randomUUID()}`,
      clientAddress: options.clientAddress ?? '127.0.0.1',
      deviceCookie: options.deviceCookie ?? null,
      userAgent: options.userAgent ?? null,
      session: new RequestSession(sql, token ?? null, config.session),
      publicOrigin: 'http://localhost:3000',
      resHeaders: new Headers(),
    };
    return ctx;
  };
  const caller = async (token?: string | null, options: TestClient = {}) =>
    createCaller(await contextFor(token, options));

  const signIn = async (email: string, password = DEMO_PASSWORD, options: TestClient = {}) => {
    const ctx = await contextFor(null, options);
    await createCaller(ctx).auth.login({ email, password });
    const pairs = ctx.resHeaders.getSetCookie().map((header) => header.split(';')[0]);
    const sessionToken = pairs.map((pair) => readSessionToken(pair, config.isProduction)).find(Boolean);
    if (!sessionToken) throw new Error(`login as ${email} set no session cookie`);
    const deviceCookie = pairs.map((pair) => readDeviceCookie(pair, config.isProduction)).find(Boolean);
    return { sessionToken, deviceCookie: deviceCookie ?? null };
  };
  const login = async (email: string, password = DEMO_PASSWORD, options: TestClient = {}) =>
    (await signIn(email, password, options)).sessionToken;

  return {
    sql,
    config,
    caller,
    login,
    signIn,
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
