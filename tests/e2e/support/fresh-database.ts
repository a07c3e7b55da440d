import { test } from '@playwright/test';

/**
 * Gives the running spec file a clean clone of the demo database the first time one of its tests
 * (or hooks) logs in: support/databases.ts drops and re-clones this worker's database when the
 * worker moves on to another file, so no spec sees what an earlier one wrote. A worker that
 * restarted after a failure asks again for the same file and keeps its database.
 *
 * Called from the login helpers (support/log-in.ts), which every spec that reaches the demo data
 * goes through first. Returns whether the database was replaced (sessions held before are gone).
 */
let fileOfThisWorker: string | undefined;

export async function freshDatabaseForThisFile(): Promise<boolean> {
  const control = process.env.SAMSYN_E2E_CONTROL_URL;
  const slot = process.env.TEST_PARALLEL_INDEX;
  const info = test.info();
  // Only the workers on the per-worker servers (not the fresh-database project's own server).
  const servers = process.env.SAMSYN_E2E_BASE_URLS?.split(' ') ?? [];
  if (!control || slot === undefined || info.project.use.baseURL !== servers[Number(slot)]) return false;
  if (fileOfThisWorker === info.file) return false;
  const address = `${control}/reset?slot=${slot}&file=${encodeURIComponent(info.file)}`;
  const response = await fetch(address, { method: 'POST' });
  if (!response.ok) throw new Error(`could not reset the e2e database: ${await response.text()}`);
  fileOfThisWorker = info.file;
  return ((await response.json()) as { reset: boolean }).reset;
}
