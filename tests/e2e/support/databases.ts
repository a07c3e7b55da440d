/**
 * The browser tests' databases, run as a child of the Playwright runner (`node --import tsx`, like
 * the API server, so that the runner itself never loads the workspace's TypeScript): one throwaway
 * embedded PostgreSQL with the migrated, demo-seeded template, and one clone of it per worker
 * (`create database … template …`, ≈ 100 ms), so that two workers never see each other's writes.
 *
 * Each spec file starts on a clean clone too: a small control server takes
 * `POST /reset?slot=<parallel index>&file=<spec file>` from the workers (support/fresh-database.ts)
 * and, when that slot's file has changed, drops the slot's database (ending its server's
 * connections) and clones the template again under the same name. The API server outlives its
 * database: its pool replaces the lost connections on the next request.
 *
 * Usage: `node --import tsx databases.ts <count>`. Prints one JSON line, `{ databases: [{ appUrl,
 * ownerUrl }, …], controlUrl }`, then keeps the cluster up until its standard input closes (the
 * runner ended, however it ended) or it gets SIGTERM, and deletes it.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashPassword } from '@samsyn/api';
import { createSql, dbRoles, demoPassword } from '@samsyn/db';
import { createTestDatabase, startTestCluster, type TestDatabase } from '@samsyn/db/testing';

const count = Number(process.argv[2]);
if (!Number.isInteger(count) || count < 1) throw new Error(`databases.ts <count>: got "${process.argv[2]}"`);

const { info, stop } = await startTestCluster({ passwordHash: await hashPassword(demoPassword) });
let stopping: Promise<void> | undefined;
const shutdown = () => {
  stopping ??= stop().finally(() => process.exit(0));
  return stopping;
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
process.stdin.on('end', shutdown);
process.stdin.on('close', shutdown);
process.stdin.resume();

const databases: TestDatabase[] = [];
for (let index = 0; index < count; index += 1) databases.push(await createTestDatabase(info));

/** The spec file each slot's database was last made fresh for (the first file gets the new clone). */
const fileOfSlot = new Map<number, string>();
/** One reset at a time per slot: a worker that restarted after a failure may ask again at once. */
const queueOfSlot = new Map<number, Promise<unknown>>();
let resets = 0;

/**
 * Drops and re-clones a slot's database. The national views' cache in the API server is keyed by
 * `national_version()`, which reads the sequence `national_aggregates_version`; a clone starts that
 * sequence where the template left it, so a version seen in an earlier file could come back with
 * other data. Moving the sequence a million further on each reset (a spec file writes far fewer
 * national figures than that) keeps every version unique for the server's lifetime. (A database
 * restored from a backup under a running server could meet the same stale entry: docs/test-loop.md.)
 */
async function recreate(name: string): Promise<void> {
  const admin = createSql(info.superuserUrl, { max: 1 });
  try {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.unsafe(`create database ${name} owner ${dbRoles.owner} template ${info.templateDatabase}`);
  } finally {
    await admin.end();
  }
  resets += 1;
  const clone = createSql(info.superuserUrl.replace(/\/postgres$/, `/${name}`), { max: 1 });
  try {
    await clone.unsafe(`select setval('national_aggregates_version', ${resets * 1_000_000}::bigint)`);
  } finally {
    await clone.end();
  }
}

async function resetFor(slot: number, file: string): Promise<boolean> {
  const database = databases[slot];
  if (!database) throw new Error(`no database for slot ${slot}`);
  const previous = fileOfSlot.get(slot);
  fileOfSlot.set(slot, file);
  if (previous === undefined || previous === file) return false;
  await recreate(database.name);
  return true;
}

const control = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://control');
  const slot = Number(url.searchParams.get('slot'));
  const file = url.searchParams.get('file') ?? '';
  if (request.method !== 'POST' || url.pathname !== '/reset' || !Number.isInteger(slot) || !file) {
    response.writeHead(400).end();
    return;
  }
  const run = (queueOfSlot.get(slot) ?? Promise.resolve()).then(() => resetFor(slot, file));
  queueOfSlot.set(
    slot,
    run.catch(() => {}),
  );
  run.then(
    (reset) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ reset })),
    (error: unknown) => response.writeHead(500).end(String(error)),
  );
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;

const handedOut = databases.map(({ appUrl, ownerUrl }) => ({ appUrl, ownerUrl }));
process.stdout.write(`${JSON.stringify({ databases: handedOut, controlUrl })}\n`);
