import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll } from 'vitest';
import { createTestApi, type TestApi } from './test-api.ts';

/**
 * The API over the calling test file's own database, and a superuser connection to look beneath
 * row-level security at what it stored; both opened before the file's tests and closed after.
 * Read `.api` and `.superuser` inside tests or hooks.
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
