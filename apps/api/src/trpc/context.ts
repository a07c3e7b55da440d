import type { Sql } from '@samsyn/db';
import type { RequestSession } from '../auth/request-session.ts';
import type { AppConfig } from '../config.ts';
import type { Logger } from '../logger.ts';

/** What every procedure gets. Built per request by the HTTP layer (or by a test's caller). */
export interface Context {
  sql: Sql;
  config: AppConfig;
  log: Logger;
  requestId: string;
  /** The caller's address, for login throttling. */
  clientAddress: string;
  /** The raw device cookie (trusted-device tokens, `auth/device-trust.ts`), for login throttling. */
  deviceCookie: string | null;
  /** The User-Agent header, to name the device of a new session on Min profil. */
  userAgent: string | null;
  /**
   * The caller's session, validated on first use (`resolve()`); tenant procedures validate it
   * inside their transaction instead. Tiers above `public` hand procedures the validated one.
   */
  session: RequestSession;
  /** The origin browsers reach us at, for links in mail. */
  publicOrigin: string;
  /** Headers to add to the response (Set-Cookie at login and logout). */
  resHeaders: Headers;
}
