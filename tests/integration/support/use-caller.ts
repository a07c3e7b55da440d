import { type Caller, type TestApi, useTestApi } from '@samsyn/api/testing';
import type { Sql } from '@samsyn/db';
import { beforeAll } from 'vitest';

/**
 * The test API over the calling file's own database and a superuser connection to look beneath
 * row-level security (the API's own `useTestApi`, re-exported so integration tests import their
 * helpers from one place); both closed after the file's tests.
 */
export { useTestApi };

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
