import { timingSafeEqual } from 'node:crypto';
import {
  ACTIVITY_RESOLUTION_SECONDS,
  loadConfig,
  parseSessionToken,
  readSessionToken,
  sha256Bytes,
} from '@samsyn/api';
import type { Sql } from '@samsyn/db';
import { type AnyTRPCRouter, TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Hono } from 'hono';

/** The API's session policy (its defaults: the bench sets no SESSION_* variables). */
const { session: policy } = loadConfig({});

/**
 * What the floor server's context routes need of a request's session, read with the API's own
 * pieces (production cookie name, token format): the token's parts, or null. With the policy's
 * numbers in the order `session_state` and `enter_tenant` take them.
 */
export function sessionOf(cookieHeader: string | undefined) {
  return parseSessionToken(readSessionToken(cookieHeader, true));
}

export const sessionTimes = [
  policy.inactivityTimeoutSeconds,
  policy.absoluteLifetimeSeconds,
  ACTIVITY_RESOLUTION_SECONDS,
] as const;

/**
 * The naive floor routes' first step, a statement of its own awaited before anything else: the
 * session's state by `session_state`, its secret compared in constant time. The user's id, or
 * UNAUTHORIZED.
 */
export async function naiveSession(sql: Sql, cookieHeader: string | undefined): Promise<{ userId: string }> {
  const token = sessionOf(cookieHeader);
  const [inactivity, lifetime, touchAfter] = sessionTimes;
  const [session] = token
    ? await sql<{ secretHash: Buffer; userId: string; isExpired: boolean; isActive: boolean }[]>`
        select secret_hash as "secretHash", user_id as "userId", is_expired as "isExpired",
               is_active as "isActive"
        from session_state(${token.id}, ${inactivity}, ${lifetime}, ${touchAfter})`
    : [];
  if (
    !token ||
    !session ||
    !timingSafeEqual(sha256Bytes(token.secret), session.secretHash) ||
    session.isExpired ||
    !session.isActive
  ) {
    throw new TRPCError({ code: 'UNAUTHORIZED' });
  }
  return { userId: session.userId };
}

/** Serves a floor route's tRPC router on Hono through the fetch adapter, the cookie as its context. */
export function serveFloorRouter(app: Hono, endpoint: string, router: AnyTRPCRouter): void {
  app.all(`${endpoint}/*`, (c) =>
    fetchRequestHandler({
      endpoint,
      req: c.req.raw,
      router,
      createContext: () => ({ cookie: c.req.header('cookie') }),
    }),
  );
}
