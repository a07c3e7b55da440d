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

/** The control server and this worker's slot, or null on a server without one (the fresh-database project). */
function controlOfThisWorker(): { control: string; slot: string } | null {
  const control = process.env.SAMSYN_E2E_CONTROL_URL;
  const slot = process.env.TEST_PARALLEL_INDEX;
  // Only the workers on the per-worker servers (not the fresh-database project's own server).
  const servers = process.env.SAMSYN_E2E_BASE_URLS?.split(' ') ?? [];
  if (!control || slot === undefined || test.info().project.use.baseURL !== servers[Number(slot)])
    return null;
  return { control, slot };
}

async function ask<T>(address: string, what: string): Promise<T> {
  const response = await fetch(address, { method: 'POST' });
  if (!response.ok) throw new Error(`could not ${what}: ${await response.text()}`);
  return (await response.json()) as T;
}

export async function freshDatabaseForThisFile(): Promise<boolean> {
  const worker = controlOfThisWorker();
  const info = test.info();
  if (!worker || fileOfThisWorker === info.file) return false;
  const address = `${worker.control}/reset?slot=${worker.slot}&file=${encodeURIComponent(info.file)}`;
  const { reset } = await ask<{ reset: boolean }>(address, 'reset the e2e database');
  fileOfThisWorker = info.file;
  return reset;
}

/**
 * A new session for a demo account in this worker's database, opened by support/databases.ts as
 * a login would open it, and the cookie that carries it; null where there is no control server
 * (then the caller logs in through the form).
 */
export async function newSessionCookie(email: string): Promise<{ name: string; value: string } | null> {
  const worker = controlOfThisWorker();
  if (!worker) return null;
  const address = `${worker.control}/session?slot=${worker.slot}&email=${encodeURIComponent(email)}`;
  return ask<{ name: string; value: string }>(address, `open a session for ${email}`);
}
