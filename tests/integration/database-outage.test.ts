import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newInterventionInput } from '@samsyn/api/testing';
import { createSql } from '@samsyn/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The API outlives its database (issue 17, point 1). The real server process (`pnpm start`'s
 * apps/api/src/server.ts with a throwaway embedded PostgreSQL and the demo data) serves ten
 * clients reading and writing as an editor over HTTP, when its PostgreSQL is killed (SIGKILL to
 * the postmaster). The supervisor in the server starts it again; the test keeps it from starting
 * for a few seconds first (its data directory moved aside), so that the outage can be measured. Asserted: the API process
 * never exits; while the database is down every answer is 503 (never 500) and /readyz says 503
 * within a second; /readyz is 200 and reads succeed within 2 s of the database accepting
 * connections again; every acknowledged write exists with its audit entry and no row exists
 * without one (no half-writes).
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const TENANT = 'gavleborg';
const CLIENTS = 10;
const OUTAGE_MS = 3000;

interface Outcome {
  kind: 'read' | 'write';
  status: number;
  startedAt: number;
  endedAt: number;
  name?: string;
}

let dataDir: string;
let api: ChildProcess;
let apiExit: { code: number | null; signal: string | null } | null = null;
let apiOutput = '';
let base: string;
let passed = false;

const statusOf = (response: Response) => response.status;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The postmaster's pid and port, from postmaster.pid in the data directory. */
async function postmaster(): Promise<{ pid: number; port: number }> {
  const lines = (await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n');
  return { pid: Number(lines[0]), port: Number(lines[3]) };
}

let cookie = '';
const headers = () => ({
  'content-type': 'application/json',
  origin: base,
  'sec-fetch-site': 'same-origin',
  cookie,
});

async function login(): Promise<void> {
  const response = await fetch(`${base}/trpc/auth.login`, {
    method: 'POST',
    headers: headers(),
    body: JSON.stringify({ email: 'editor@gavleborg.demo', password: 'samsyn-demo' }),
  });
  expect(response.status).toBe(200);
  cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

const listInterventions = () =>
  fetch(
    `${base}/trpc/interventions.list?input=${encodeURIComponent(JSON.stringify({ tenant: TENANT, includeArchived: false }))}`,
    { headers: headers(), signal: AbortSignal.timeout(10_000) },
  );

const createIntervention = (name: string) =>
  fetch(`${base}/trpc/interventions.create`, {
    method: 'POST',
    headers: headers(),
    signal: AbortSignal.timeout(10_000),
    body: JSON.stringify({ tenant: TENANT, ...newInterventionInput(name) }),
  });

/** One client: a read, then a write, again and again until told to stop. */
async function client(id: number, outcomes: Outcome[], running: { value: boolean }) {
  for (let n = 0; running.value; n++) {
    const kind = n % 2 === 0 ? 'read' : 'write';
    const name = `Avbrott ${id}-${n}`;
    const startedAt = performance.now();
    let status: number;
    try {
      const response = kind === 'read' ? await listInterventions() : await createIntervention(name);
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0; // no answer at all: the API is gone
    }
    outcomes.push({
      kind,
      status,
      startedAt,
      endedAt: performance.now(),
      ...(kind === 'write' ? { name } : {}),
    });
    if (status !== 200) await sleep(20); // as a polite client's retry would
  }
}

/** /readyz every 100 ms: when it answered, what, and how long it took. */
async function readinessProbe(
  samples: { at: number; status: number; ms: number }[],
  running: { value: boolean },
) {
  while (running.value) {
    const at = performance.now();
    let status = 0;
    try {
      const response = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5000) });
      status = response.status;
      await response.arrayBuffer();
    } catch {
      status = 0;
    }
    samples.push({ at, status, ms: performance.now() - at });
    await sleep(100);
  }
}

/**
 * When PostgreSQL accepted connections again, on this process' clock: the supervisor logs
 * "embedded PostgreSQL restarted" when the new postmaster says it is ready to accept connections.
 */
async function waitForRestart(): Promise<number> {
  for (const since = performance.now(); performance.now() - since < 20_000; await sleep(50)) {
    const line = apiOutput.split('\n').find((entry) => entry.includes('"embedded PostgreSQL restarted"'));
    if (line) return JSON.parse(line).time - (Date.now() - performance.now());
  }
  throw new Error(`PostgreSQL did not come back: ${apiOutput.slice(-3000)}`);
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'samsyn-outage-'));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  api = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      // Durable, as `pnpm start` runs it: the throwaway mode (SAMSYN_EPHEMERAL_DB=1) has
      // synchronous_commit off, so a crash loses the last acknowledged commits by design.
      SAMSYN_EPHEMERAL_DB: '0',
      SAMSYN_DEMO: '1',
      SAMSYN_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout?.on('data', (chunk) => {
    apiOutput += chunk;
  });
  api.stderr?.on('data', (chunk) => {
    apiOutput += chunk;
  });
  api.on('exit', (code, signal) => {
    apiExit = { code, signal };
  });
  for (const started = performance.now(); ; ) {
    if (apiExit) throw new Error(`the API exited while starting: ${apiOutput}`);
    const ready = await fetch(`${base}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    if (performance.now() - started > 90_000) throw new Error(`the API did not start: ${apiOutput}`);
    await sleep(200);
  }
}, 120_000);

afterAll(async () => {
  if (!passed) process.stderr.write(`API output (end):\n${apiOutput.slice(-6000)}\n`);
  if (api && !apiExit) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (!apiExit) api.kill('SIGKILL');
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}, 30_000);

describe('the database dies under load', () => {
  it('keeps the API alive, answers 503 while it is down, recovers within 2 s, leaves no half-writes', async () => {
    await login();
    const credentials = JSON.parse(await readFile(path.join(dataDir, 'credentials.json'), 'utf8'));
    const before = await postmaster();
    const superuserUrl = `postgres://postgres:${encodeURIComponent(credentials.superuser)}@127.0.0.1:${before.port}/samsyn`;

    const outcomes: Outcome[] = [];
    const readiness: { at: number; status: number; ms: number }[] = [];
    const running = { value: true };
    const clients = Array.from({ length: CLIENTS }, (_, id) => client(id, outcomes, running));
    const probe = readinessProbe(readiness, running);
    await sleep(1500);

    // Kill the postmaster, then keep PostgreSQL from starting for a while (its data directory
    // moved aside) so that the supervisor's restarts fail and the outage lasts long enough to see.
    const clusterDir = path.join(dataDir, 'pg');
    // Moved first (the running server works inside it by relative paths and doesn't notice), so
    // that no restart can win the race.
    await rename(clusterDir, `${clusterDir}.held`);
    const killedAt = performance.now();
    process.kill(before.pid, 'SIGKILL');
    await sleep(OUTAGE_MS / 2);
    // The routes outside tRPC answer 503 too: open data and the export download.
    const outsideTrpc = {
      openData: await fetch(`${base}/api/v1/kpis/SAM001/values`).then(statusOf, () => 0),
      export: await fetch(`${base}/api/export/${TENANT}`, { headers: headers() }).then(statusOf, () => 0),
    };
    await sleep(OUTAGE_MS / 2);
    await rename(`${clusterDir}.held`, clusterDir);
    const databaseBackAt = await waitForRestart();
    await sleep(3000);
    running.value = false;
    await Promise.all([...clients, probe]);

    // The API never went away.

    // While the database was down (from shortly after the kill, when the connections' loss has been
    // noticed, until it accepted connections again): 503, never 500.
    const during = outcomes.filter((o) => o.startedAt > killedAt + 200 && o.endedAt < databaseBackAt);
    const byStatus = (list: Outcome[]) =>
      Object.fromEntries(
        [...new Set(list.map((o) => o.status))]
          .sort()
          .map((status) => [status, list.filter((o) => o.status === status).length]),
      );
    const readinessDuring = readiness.filter((r) => r.at > killedAt + 200 && r.at + r.ms < databaseBackAt);
    const firstReadyAfter = readiness.find((r) => r.at > databaseBackAt && r.status === 200);
    const firstReadAfter = outcomes.find(
      (o) => o.kind === 'read' && o.startedAt > databaseBackAt && o.status === 200,
    );

    // Every acknowledged write is there with its audit entry; nothing is there without one.
    const db = createSql(superuserUrl, { max: 1 });
    const rows = await db<{ name: string; audited: boolean }[]>`
      select i.name, exists (
        select 1 from audit_log a
        where a.entity_id = i.id::text and a.action = 'intervention.create' and a.tenant_id = i.tenant_id
      ) as audited
      from interventions i where i.name like 'Avbrott %'`;
    const [orphanAudits] = await db<{ n: number }[]>`
      select count(*)::int as n from audit_log a
      where a.action = 'intervention.create' and a.after->>'name' like 'Avbrott %'
        and not exists (select 1 from interventions i where i.id::text = a.entity_id)`;
    await db.end();
    const stored = new Set(rows.map((row) => row.name));
    const acknowledged = outcomes.filter((o) => o.kind === 'write' && o.status === 200);
    const lostWrites = acknowledged.filter((o) => !stored.has(o.name as string));
    const halfWrites = rows.filter((row) => !row.audited).length + (orphanAudits?.n ?? 0);

    const figures = {
      requests: outcomes.length,
      requestsByStatus: byStatus(outcomes),
      duringOutage: { requests: during.length, byStatus: byStatus(during) },
      outageMs: Math.round(databaseBackAt - killedAt),
      readyzDuringOutage: {
        checks: readinessDuring.length,
        statuses: [...new Set(readinessDuring.map((r) => r.status))],
        slowestMs: Math.round(Math.max(0, ...readinessDuring.map((r) => r.ms))),
      },
      outsideTrpcDuringOutage: outsideTrpc,
      readyzRecoveryMs: firstReadyAfter
        ? Math.round(firstReadyAfter.at + firstReadyAfter.ms - databaseBackAt)
        : null,
      readRecoveryMs: firstReadAfter ? Math.round(firstReadAfter.endedAt - databaseBackAt) : null,
      acknowledgedWrites: acknowledged.length,
      storedWrites: rows.length,
      lostWrites: lostWrites.length,
      halfWrites,
      apiAlive: apiExit === null,
    };
    process.stdout.write(`database outage figures: ${JSON.stringify(figures, null, 2)}\n`);

    // The API never went away.
    expect(apiExit).toBeNull();
    expect(await fetch(`${base}/healthz`).then(statusOf, () => 0)).toBe(200);
    expect(outcomes.filter((o) => o.status === 500 || o.status === 0)).toEqual([]);
    expect(during.length).toBeGreaterThanOrEqual(CLIENTS);
    expect(byStatus(during)).toEqual({ 503: during.length });
    expect(outsideTrpc).toEqual({ openData: 503, export: 503 });
    expect(readinessDuring.length).toBeGreaterThanOrEqual(5);
    expect(figures.readyzDuringOutage.statuses).toEqual([503]);
    expect(figures.readyzDuringOutage.slowestMs).toBeLessThan(1000);
    expect(figures.readyzRecoveryMs).not.toBeNull();
    expect(figures.readyzRecoveryMs).toBeLessThan(2000);
    expect(figures.readRecoveryMs).not.toBeNull();
    expect(figures.readRecoveryMs).toBeLessThan(2000);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lostWrites).toEqual([]);
    expect(halfWrites).toBe(0);
    passed = true;
  }, 60_000);
});
