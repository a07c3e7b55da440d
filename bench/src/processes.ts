import { type ChildProcess, type StdioOptions, spawn } from 'node:child_process';
import { once } from 'node:events';
import { trackChild } from './cleanup.ts';

export interface NodeProcessOptions {
  /** Pins the process to this CPU with taskset; null = anywhere. */
  cpu: number | null;
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
  stdio?: StdioOptions;
}

/** tsx's loader by absolute URL, so child processes find it whatever their working directory. */
const tsxLoader = import.meta.resolve('tsx');

/**
 * Starts `node --import tsx <script>`. taskset execs node, so the child's pid is node's own and
 * signals reach it directly.
 */
export function spawnNode(script: string, options: NodeProcessOptions): ChildProcess {
  const nodeArgs = [...(options.nodeFlags ?? []), '--import', tsxLoader, script];
  const [command, args] =
    options.cpu === null
      ? [process.execPath, nodeArgs]
      : ['taskset', ['-c', String(options.cpu), process.execPath, ...nodeArgs]];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: options.stdio ?? ['ignore', 'inherit', 'inherit'],
  });
  trackChild(child);
  return child;
}

/** Polls a URL until it answers 2xx; fails early if the process dies first. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `${url}: the server exited (${child.exitCode ?? child.signalCode}) before it was ready`,
      );
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM, then SIGKILL if the process has not exited in time (it may be writing a profile). */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
