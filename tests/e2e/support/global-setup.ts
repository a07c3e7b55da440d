import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { FullConfig } from '@playwright/test';

/**
 * One API server per worker, each on its own clone of the demo database (support/databases.ts),
 * so that workers run side by side without seeing each other's writes; the clone is made afresh
 * for each spec file (support/fresh-database.ts). The servers' addresses go
 * to the workers in SAMSYN_E2E_BASE_URLS (space separated, one per parallel slot); the config
 * hands each worker the one at its TEST_PARALLEL_INDEX. The fresh-database project keeps its own
 * server (playwright.config.ts `webServer`).
 */
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiDir = path.join(repoRoot, 'apps/api');

interface Databases {
  databases: { appUrl: string; ownerUrl: string }[];
  /** Where a worker asks for a clean clone when it moves on to another spec file. */
  controlUrl: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** Starts support/databases.ts and reads the line it prints once the clones exist. */
async function startDatabases(count: number): Promise<{ child: ChildProcess; info: Databases }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'databases.ts', String(count)], {
    cwd: path.dirname(fileURLToPath(import.meta.url)),
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const info = await new Promise<Databases>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the e2e databases did not start (exit ${code})`)));
    lines.once('line', (line) => resolve(JSON.parse(line) as Databases));
  });
  return { child, info };
}

async function waitUntilReady(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the e2e server for ${url} exited (${server.exitCode})`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the e2e server at ${url} was not ready within ${timeoutMs / 1000} s`);
}

function startServer(port: number, database: { appUrl: string; ownerUrl: string }): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: apiDir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: database.appUrl,
      DATABASE_OWNER_URL: database.ownerUrl,
      // As on the embedded database: demo mode (the outbox is readable; the data is already there).
      SAMSYN_DEMO: '1',
      LOG_LEVEL: 'warn',
    },
  });
}

function stopProcess(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const count = Math.max(1, config.workers);
  const { child: databases, info } = await startDatabases(count);
  const servers: ChildProcess[] = [];
  const teardown = async () => {
    await Promise.all(servers.map((server) => stopProcess(server, 10_000)));
    await stopProcess(databases, 10_000);
  };
  try {
    const urls: string[] = [];
    const ready: Promise<void>[] = [];
    // Never the fresh-database server's port, nor one already handed out.
    const taken = new Set([Number(process.env.SAMSYN_E2E_FRESH_PORT)]);
    for (const database of info.databases) {
      let port = await freePort();
      while (taken.has(port)) port = await freePort();
      taken.add(port);
      const server = startServer(port, database);
      servers.push(server);
      urls.push(`http://localhost:${port}`);
      ready.push(waitUntilReady(`http://127.0.0.1:${port}/readyz`, server, 180_000));
    }
    await Promise.all(ready);
    process.env.SAMSYN_E2E_BASE_URLS = urls.join(' ');
    process.env.SAMSYN_E2E_CONTROL_URL = info.controlUrl;
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
