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
 * It also opens sessions: `POST /session?slot=<parallel index>&email=<demo account>` inserts a
 * session for the account into the slot's database, as a login would (the Lucia scheme of
 * apps/api/src/auth/session.ts: the row keeps the id and SHA-256 of the secret), and answers with
 * the cookie that carries it. `logIn` and `logInAt` (support/log-in.ts) put that cookie in the
 * browser instead of sending the login form: no argon2 hash and no login page per account and
 * spec file. Only the running clone gets the row, made when a spec asks for it, so the product's
 * seed and the template stay without sessions and a spec sees the same rows a form login leaves.
 *
 * Usage: `node --import tsx databases.ts <count>`. Prints one JSON line, `{ databases: [{ appUrl,
 * ownerUrl }, …], controlUrl }`, then keeps the cluster up until its standard input closes (the
 * runner ended, however it ended) or it gets SIGTERM, and deletes it.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hashPassword, readSessionToken, sha256Bytes } from '@samsyn/api';
import { createSql, dbRoles, demoPassword, type Sql } from '@samsyn/db';
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
async function recreate(slot: number, name: string): Promise<void> {
  await closeConnection(slot);
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
  await recreate(slot, database.name);
  return true;
}

/** The production cookie that carries a session (`__Host-` prefixed: the e2e servers run as production). */
const SESSION_COOKIE = '__Host-samsyn_session';

/** One superuser connection per slot's database, for the sessions; closed before the database is dropped. */
const connectionOfSlot = new Map<number, Sql>();

function connectionTo(slot: number, name: string): Sql {
  let sql = connectionOfSlot.get(slot);
  if (!sql) {
    sql = createSql(info.superuserUrl.replace(/\/postgres$/, `/${name}`), { max: 1 });
    connectionOfSlot.set(slot, sql);
  }
  return sql;
}

async function closeConnection(slot: number): Promise<void> {
  const sql = connectionOfSlot.get(slot);
  connectionOfSlot.delete(slot);
  await sql?.end();
}

/**
 * A new session for the account in the slot's database, as `createSession` in the API makes it
 * (a random id and secret, the row keeping SHA-256 of the secret), without the password check,
 * the login audit entry or the trusted-device cookie of a form login. Returns the cookie.
 */
async function openSession(slot: number, email: string): Promise<{ name: string; value: string }> {
  const database = databases[slot];
  if (!database) throw new Error(`no database for slot ${slot}`);
  const id = randomBytes(15).toString('hex');
  const secret = randomBytes(15).toString('hex');
  const [user] = await connectionTo(slot, database.name)<{ id: string }[]>`
    insert into sessions (id, secret_hash, user_id)
    select ${id}, ${Buffer.from(sha256Bytes(secret))}, id from users where email = ${email} and is_active
    returning user_id as id`;
  if (!user) throw new Error(`no active account ${email} to open a session for`);
  const value = `${id}.${secret}`;
  // The API reads the cookie by this name; fails here, not in a spec, if it is ever renamed.
  if (readSessionToken(`${SESSION_COOKIE}=${value}`, true) !== value)
    throw new Error(`the API no longer reads its session from ${SESSION_COOKIE}`);
  return { name: SESSION_COOKIE, value };
}

/** Runs `work` after the slot's earlier requests (resets and sessions), one at a time. */
function inQueue<T>(slot: number, work: () => Promise<T>): Promise<T> {
  const run = (queueOfSlot.get(slot) ?? Promise.resolve()).then(work);
  queueOfSlot.set(
    slot,
    run.catch(() => {}),
  );
  return run;
}

const control = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://control');
  const slot = Number(url.searchParams.get('slot'));
  const file = url.searchParams.get('file') ?? '';
  const email = url.searchParams.get('email') ?? '';
  let run: Promise<unknown>;
  if (request.method === 'POST' && url.pathname === '/reset' && Number.isInteger(slot) && file) {
    run = inQueue(slot, async () => ({ reset: await resetFor(slot, file) }));
  } else if (request.method === 'POST' && url.pathname === '/session' && Number.isInteger(slot) && email) {
    run = inQueue(slot, () => openSession(slot, email));
  } else {
    response.writeHead(400).end();
    return;
  }
  run.then(
    (answer) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer)),
    (error: unknown) => response.writeHead(500).end(String(error)),
  );
});
await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
const controlUrl = `http://127.0.0.1:${(control.address() as AddressInfo).port}`;

const handedOut = databases.map(({ appUrl, ownerUrl }) => ({ appUrl, ownerUrl }));
process.stdout.write(`${JSON.stringify({ databases: handedOut, controlUrl })}\n`);
