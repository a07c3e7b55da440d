import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import getPort from 'get-port';
import { onCleanup, trackTempDir } from './cleanup.ts';
import { gcTraceFlags, openTraceFile } from './gc-trace.ts';
import { type NodeProcessOptions, spawnNode, stopProcess, waitForHttp } from './processes.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = fileURLToPath(new URL('../', import.meta.url));

export interface RunningServer {
  origin: string;
  pid: number;
  /** Stops it now (and waits), e.g. so that --cpu-prof writes its profile. */
  stop(): Promise<void>;
}

export interface ApiOptions {
  appUrl: string;
  ownerUrl: string;
  cpu: number | null;
  /** Directory for `node --cpu-prof` output; unset = no profiling. */
  profileDir?: string;
  /** File for the server's stdout under `node --trace-gc-nvp`; unset = no GC trace. */
  gcTraceFile?: string;
  /** A variant of the API (`--variants`): more environment and node flags. */
  variant?: { env: Record<string, string>; nodeFlags: string[] };
}

interface Diagnostics extends Pick<NodeProcessOptions, 'nodeFlags' | 'stdio'> {
  /** Call once the child is spawned: closes our copy of the trace file. */
  opened: () => void;
}

/** Node flags and stdio for the diagnostics asked for: --profile (CPU), --gc (GC trace to a file). */
function diagnostics(profileDir?: string, gcTraceFile?: string): Diagnostics {
  const nodeFlags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  if (!gcTraceFile) return { nodeFlags, opened: () => {} };
  const trace = openTraceFile(gcTraceFile);
  return {
    nodeFlags: [...nodeFlags, ...gcTraceFlags],
    stdio: ['ignore', trace.fd, 'inherit'],
    opened: trace.close,
  };
}

/**
 * The real API as production runs it: server.ts under NODE_ENV=production (Secure __Host-
 * cookie, HSTS, static web app), behind a proxy (TRUST_PROXY=1, as in infra/compose.yaml, so
 * that load-generated logins can come from distinct client addresses), demo loading off,
 * warnings-only logs. The web app is a stub in a temp directory so the bench does not depend on
 * (or wait for) a web build.
 */
export async function startApi(options: ApiOptions): Promise<RunningServer> {
  const webDist = await mkdtemp(path.join(tmpdir(), 'samsyn-bench-web-'));
  trackTempDir(webDist);
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Samsyn bench</title>');
  if (options.profileDir) await mkdir(options.profileDir, { recursive: true });

  const port = await getPort();
  const { opened, ...diagnostic } = diagnostics(options.profileDir, options.gcTraceFile);
  const child = spawnNode(path.join(repoRoot, 'apps/api/src/server.ts'), {
    cpu: options.cpu,
    cwd: repoRoot,
    ...diagnostic,
    nodeFlags: [...(diagnostic.nodeFlags ?? []), ...(options.variant?.nodeFlags ?? [])],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: options.appUrl,
      DATABASE_OWNER_URL: options.ownerUrl,
      SAMSYN_DEMO: '0',
      SAMSYN_WEB_DIST: webDist,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
      ...options.variant?.env,
    },
  });
  opened();
  return serving(child, port);
}

/** A started server once it answers /healthz, stopped at cleanup (or by `stop`). */
async function serving(child: ReturnType<typeof spawnNode>, port: number): Promise<RunningServer> {
  const stop = () => stopProcess(child);
  onCleanup(stop);
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/healthz`, child);
  return { origin, pid: child.pid ?? 0, stop };
}

/** The floor server (floor-server.ts) on the same database as the same role. */
export async function startFloor(
  appUrl: string,
  cpu: number | null,
  profileDir?: string,
  gcTraceFile?: string,
): Promise<RunningServer> {
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const port = await getPort();
  const { opened, ...diagnostic } = diagnostics(profileDir, gcTraceFile);
  const child = spawnNode(path.join(benchDir, 'src/floor-server.ts'), {
    cpu,
    cwd: benchDir,
    ...diagnostic,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: appUrl, PORT: String(port) },
  });
  opened();
  return serving(child, port);
}
