import { type Caller, createTestApi, type TestApi } from '@samsyn/api/testing';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll } from 'vitest';

/**
 * The test API over the calling file's own database and a caller logged in as `email` (once, before
 * the file's tests); the API is closed after them. Read `.caller` and `.api` inside tests or hooks.
 */
export function useCaller(email: string): { readonly api: TestApi; readonly caller: Caller } {
  const db = useTestDatabase();
  const holder = {} as { api: TestApi; caller: Caller };
  beforeAll(async () => {
    holder.api = createTestApi(db.current.appUrl);
    holder.caller = await holder.api.callerFor(email);
  });
  afterAll(async () => {
    await holder.api?.close();
  });
  return holder;
}
