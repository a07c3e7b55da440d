import { type Caller, createTestApi, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll } from 'vitest';

/**
 * The test API over the calling file's own database, a caller logged in as `email` (once, before
 * the file's tests) and a superuser connection (opened at its first query) to look beneath
 * row-level security; all closed after the tests. Read them inside tests or hooks.
 */
export function useCaller(email: string): {
  readonly api: TestApi;
  readonly caller: Caller;
  readonly superuser: Sql;
} {
  const db = useTestDatabase();
  const holder = {} as { api: TestApi; caller: Caller; superuser: Sql };
  beforeAll(async () => {
    holder.api = createTestApi(db.current.appUrl);
    holder.superuser = createSql(db.current.superuserUrl, { max: 1 });
    holder.caller = await holder.api.callerFor(email);
  });
  afterAll(async () => {
    await holder.api?.close();
    await holder.superuser?.end();
  });
  return holder;
}
