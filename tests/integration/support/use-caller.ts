import { type Caller, createTestApi, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll } from 'vitest';

/**
 * The test API over the calling file's own database and a superuser connection (opened at its
 * first query) to look beneath row-level security; both closed after the file's tests. Read them
 * inside tests or hooks.
 */
export function useTestApi(): { readonly api: TestApi; readonly superuser: Sql } {
  const db = useTestDatabase();
  const holder = {} as { api: TestApi; superuser: Sql };
  beforeAll(() => {
    holder.api = createTestApi(db.current.appUrl);
    holder.superuser = createSql(db.current.superuserUrl, { max: 1 });
  });
  afterAll(async () => {
    await holder.api?.close();
    await holder.superuser?.end();
  });
  return holder;
}

/** `useTestApi` with a caller logged in as `email`, once, before the file's tests. */
export function useCaller(email: string): {
  readonly api: TestApi;
  readonly caller: Caller;
  readonly superuser: Sql;
} {
  // The same holder as useTestApi's, which its hooks fill; the caller joins it after them.
  const holder = useTestApi() as { readonly api: TestApi; caller: Caller; readonly superuser: Sql };
  beforeAll(async () => {
    holder.caller = await holder.api.callerFor(email);
  });
  return holder;
}
