import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server in production mode: the built web app, the API and a
 * throwaway embedded PostgreSQL. Run `pnpm build` first. Two projects:
 * - `chromium`: the demo data (every spec but onboarding.spec.ts), on `workers` workers side by
 *   side. support/global-setup.ts starts one API server per worker, each on its own clone of the
 *   demo database, so a worker never sees another's writes; each spec file's first login makes
 *   that clone afresh (support/fresh-database.ts), so no spec sees what an earlier one changed;
 * - `fresh-database`: a database with nothing in it but a platform admin created by the
 *   `admin:create` command before the server starts (onboarding.spec.ts: from first click to
 *   working office). It runs in demo mode only so that the outbox can be read in the browser;
 *   the demo data itself loads only into an empty database, and this one is not.
 *
 * Playwright evaluates this file in the runner and again in every worker; the port and data
 * directory are chosen once, by the runner, and handed to the workers through the environment.
 * A worker evaluates it with its TEST_PARALLEL_INDEX set, which picks its own server below.
 */
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A port nobody listens on right now (asked synchronously: the config cannot await). */
function findFreePort(): number {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();});";
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const port = Number(result.stdout.trim());
  if (!Number.isInteger(port) || port <= 0) throw new Error(`could not find a free port: ${result.stderr}`);
  return port;
}

process.env.SAMSYN_E2E_FRESH_PORT ??= String(findFreePort());
process.env.SAMSYN_E2E_FRESH_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), 'samsyn-e2e-fresh-'));
// The bootstrap admin's password, handed to onboarding.spec.ts through the environment.
process.env.SAMSYN_E2E_PLATFORM_EMAIL ??= 'plattform@samsyn.test';
process.env.SAMSYN_E2E_PLATFORM_PASSWORD ??= 'ett långt plattformslösenord';
const freshPort = Number(process.env.SAMSYN_E2E_FRESH_PORT);
// localhost, not 127.0.0.1: browsers treat it as a secure context, so the production
// `__Host-` session cookie (which must be Secure) works over plain http.
// This worker's server (support/global-setup.ts); unset in the runner, which opens no page.
const baseURL = process.env.SAMSYN_E2E_BASE_URLS?.split(' ')[Number(process.env.TEST_PARALLEL_INDEX ?? 0)];
const freshBaseURL = `http://localhost:${freshPort}`;

/**
 * The browser: `PW_CHROMIUM_PATH` if set; else, on Linux x64, the headless Chromium that the npm
 * package @sparticuz/chromium brings (unpacked on first use by support/bundled-chromium.mjs), so
 * that `pnpm test` passes on a machine with only Node and npm and every machine runs the same
 * browser build; elsewhere the system's Chromium at /usr/bin/chromium. The bundled one is
 * Chromium's headless shell, lighter than a full Chromium in headless mode: the same specs took
 * ≈ 18 % less CPU with it (docs/test-loop.md, round 4).
 */
function findChromium(): { executablePath: string; env?: Record<string, string> } {
  if (process.env.PW_CHROMIUM_PATH) return { executablePath: process.env.PW_CHROMIUM_PATH };
  if (process.platform !== 'linux' || process.arch !== 'x64') return { executablePath: '/usr/bin/chromium' };
  const script = path.join(repoRoot, 'tests/e2e/support/bundled-chromium.mjs');
  const result = spawnSync(process.execPath, [script], { cwd: path.dirname(script), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`could not unpack the bundled Chromium: ${result.stderr}`);
  const bundled = JSON.parse(result.stdout) as { executablePath: string; libraryPath: string };
  const libraryPath = [bundled.libraryPath, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return {
    executablePath: bundled.executablePath,
    env: { ...process.env, LD_LIBRARY_PATH: libraryPath } as Record<string, string>,
  };
}

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    ...findChromium(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  },
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(repoRoot, 'test-results/e2e'),
  globalSetup: './support/global-setup.ts',
  // Whole spec files are shared out, each file's tests in order; measured in docs/test-loop.md.
  // Three: a worker waits on its server, its database and its browser in turn, so two left a
  // core idle much of the time, and `pnpm test` runs Vitest beside them (round 4).
  fullyParallel: false,
  workers: Number(process.env.SAMSYN_E2E_WORKERS ?? 3),
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  // Whole scenarios (onboarding, import, reports) on a 2-core machine that may be busy: generous.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    locale: 'sv-SE',
    // Traces only when asked for (SAMSYN_E2E_TRACE=1): recording DOM snapshots of every step of
    // every test, to keep the few of a failed one, cost ≈ 13 % of the suite's CPU (docs/test-loop.md,
    // round 6). A failure still leaves its screenshot and the page's accessibility snapshot.
    trace: process.env.SAMSYN_E2E_TRACE ? { mode: 'retain-on-failure', screenshots: false } : 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: ['**/onboarding.spec.ts'], use: { ...chromium, baseURL } },
    {
      name: 'fresh-database',
      testMatch: ['**/onboarding.spec.ts'],
      use: { ...chromium, baseURL: freshBaseURL },
    },
  ],
  webServer: [
    {
      // The bootstrap command first (it needs the data directory to itself), then the server.
      command:
        'sh -c \'printf "%s\\n" "$SAMSYN_E2E_PLATFORM_PASSWORD" | node --import tsx src/cli.ts admin:create --email "$SAMSYN_E2E_PLATFORM_EMAIL" --name "Pia Plattform" && exec node --import tsx src/server.ts\'',
      cwd: path.join(repoRoot, 'apps/api'),
      url: `http://127.0.0.1:${freshPort}/readyz`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
      env: {
        NODE_ENV: 'production',
        PORT: String(freshPort),
        HOST: '127.0.0.1',
        SAMSYN_EPHEMERAL_DB: '1',
        SAMSYN_DATA_DIR: process.env.SAMSYN_E2E_FRESH_DATA_DIR,
        SAMSYN_DEMO: '1',
        LOG_LEVEL: 'warn',
      },
    },
  ],
});
