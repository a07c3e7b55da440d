import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * One Vitest run for the whole workspace, in two projects:
 * - unit: pure code (packages/domain, the demo seed's data, apps/web logic), no database;
 * - integration: anything that needs PostgreSQL. Its global setup starts one throwaway embedded
 *   PostgreSQL with a migrated, demo-seeded template; each test file clones its own database.
 */
export default defineConfig({
  test: {
    // At least two: Vitest's default (cores − 1) runs one file at a time on a 2-core machine, while
    // the integration files wait on PostgreSQL half the time and each has its own database clone.
    // Measured on the 2-core VM, quiet, the whole run: 159 s with one worker, 100 s with two.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/domain/src/**/*.test.ts',
            'packages/db/src/seed/data/**/*.test.ts',
            'apps/web/src/**/*.test.{ts,tsx}',
            'bench/src/**/*.test.ts',
          ],
          // Pure functions without shared state: one module graph for all files is ≈ 8× faster.
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'apps/api/src/**/*.test.ts',
            'packages/db/src/**/*.test.ts',
            'tests/integration/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'packages/db/src/seed/data/**'],
          globalSetup: ['tests/integration/global-setup.ts'],
          // One module graph per worker for all files, as in the unit project: each file loading
          // the API afresh was most of the project's time (docs/test-loop.md, round 4). Safe
          // because each file has its own database and connections (useTestConnections), the
          // tests mock no modules, and the one module-level cache (national views) is keyed by
          // the database's name.
          isolate: false,
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
