import { afterAll, beforeAll, inject } from 'vitest';
import { createSql, type Sql } from '../client.ts';
import { createTestDatabase, type TestCluster, type TestDatabase } from './index.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by tests/integration/global-setup.ts. */
    testCluster: TestCluster;
  }
}

/**
 * Gives the calling test file its own database, cloned from the demo-seeded template before the
 * file's tests and dropped after. Read `.current` inside tests or hooks.
 */
export function useTestDatabase(): { current: TestDatabase } {
  const holder = {} as { current: TestDatabase };
  beforeAll(async () => {
    holder.current = await createTestDatabase(inject('testCluster'));
  });
  afterAll(async () => {
    await holder.current?.drop();
  });
  return holder;
}

/**
 * `useTestDatabase` with connections to it, one per role asked for (`app`: the API's role under
 * row-level security; `superuser`: to look beneath it), opened before the file's tests and closed
 * before the database is dropped. Read them inside tests or hooks: `db.app\`select …\``.
 */
export function useTestConnections<Role extends 'app' | 'superuser'>(
  ...roles: Role[]
): { readonly [R in Role]: Sql } {
  const db = useTestDatabase();
  const holder = {} as Record<Role, Sql>;
  beforeAll(() => {
    for (const role of roles) holder[role] = createSql(db.current[`${role}Url`], { max: 1 });
  });
  afterAll(async () => {
    await Promise.all(roles.map((role) => holder[role]?.end()));
  });
  return holder;
}
