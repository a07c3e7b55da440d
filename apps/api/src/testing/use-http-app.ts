import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../config.ts';
import { createApp } from '../http/app.ts';
import { createLogger } from '../logger.ts';
import { logInOverHttp } from './log-in-over-http.ts';

export interface HttpApp {
  readonly app: ReturnType<typeof createApp>;
  /** Beneath row-level security: for the rows a test stores before it downloads them. */
  readonly superuser: Sql;
  /** A session cookie for each e-mail `useHttpApp` was given. */
  readonly cookies: Readonly<Record<string, string>>;
  readonly gavleborgId: string;
  /** A GET as a browser sends it: the cookie if any, and where the request comes from. */
  get(path: string, cookie?: string, site?: string): Promise<Response>;
}

/** The id of the one row a query returns (an `insert … returning id`, a lookup by name). */
export async function idOfOneRow(query: Promise<{ id: string }[]>): Promise<string> {
  const [row] = await query;
  if (!row) throw new Error('no row');
  return row.id;
}

/**
 * The app's HTTP layer over the calling test file's own database, logged in (a cookie each) as
 * the demo accounts `emails`: for tests of the Hono routes, which read the session from the
 * cookie. Opened before the file's tests and closed after; read the fields inside tests or hooks.
 */
export function useHttpApp(emails: readonly string[]): HttpApp {
  const db = useTestDatabase();
  let sql: Sql | undefined;
  const cookies: Record<string, string> = {};
  const holder = {
    cookies,
    get: (path: string, cookie?: string, site = 'same-origin') =>
      holder.app.request(path, { headers: { ...(cookie ? { cookie } : {}), 'sec-fetch-site': site } }),
  } as { -readonly [Key in keyof HttpApp]: HttpApp[Key] };
  beforeAll(async () => {
    sql = createSql(db.current.appUrl, { max: 2 });
    holder.superuser = createSql(db.current.superuserUrl, { max: 1 });
    holder.app = createApp({ sql, config: loadConfig({}), log: createLogger('silent') });
    for (const email of emails) cookies[email] = await logInOverHttp(holder.app, email);
    holder.gavleborgId = await idOfOneRow(holder.superuser`select id from tenants where slug = 'gavleborg'`);
  });
  afterAll(async () => {
    await sql?.end();
    await holder.superuser?.end();
  });
  return holder;
}
