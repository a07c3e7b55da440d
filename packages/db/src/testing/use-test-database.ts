import { afterAll, beforeAll, inject } from 'vitest';
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
