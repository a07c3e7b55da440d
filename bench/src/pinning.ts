import { spawnSync } from 'node:child_process';

/** Which CPU the server runs on and which the load generator runs on; null = not pinned. */
export interface Pinning {
  serverCpu: number | null;
  loadCpu: number | null;
  note: string;
}

/** Parses a Linux CPU list such as "0-3,6". */
export function parseCpuList(list: string): number[] {
  return list
    .trim()
    .split(',')
    .flatMap((part) => {
      const [from, to] = part.split('-').map(Number);
      if (from === undefined || Number.isNaN(from)) return [];
      const last = to === undefined || Number.isNaN(to) ? from : to;
      return Array.from({ length: last - from + 1 }, (_, i) => from + i);
    });
}

/**
 * The system under test (a server and PostgreSQL) on one core, the load generator on another, so
 * that the load generator's own CPU use does not show up as server latency. Uses the first two
 * CPUs this process may run on (a container may be limited to, say, CPUs 4-5).
 *
 * PostgreSQL shares the server's core (`pinProcessTree`): unpinned, the scheduler put its backends
 * on either core from run to run, so a request's hand-offs between server and database were
 * sometimes same-core switches and sometimes cross-core wake-ups, and the floor alone measured
 * from 1 150 to 2 500 requests/s at one connection within one bench run. Pinned, the floor and
 * every scenario see the same arrangement, which is what ratios need.
 */
export function detectPinning(): Pinning {
  const probe = spawnSync('taskset', ['-pc', String(process.pid)], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    return { serverCpu: null, loadCpu: null, note: 'taskset not found: processes not pinned' };
  }
  const cpus = parseCpuList(probe.stdout.split(':').at(-1) ?? '');
  const [serverCpu, loadCpu] = cpus;
  if (serverCpu === undefined || loadCpu === undefined) {
    return { serverCpu: null, loadCpu: null, note: `only CPU ${cpus.join(',')} available: not pinned` };
  }
  return {
    serverCpu,
    loadCpu,
    note: `servers and PostgreSQL on CPU ${serverCpu}, load generator on CPU ${loadCpu} (taskset)`,
  };
}

/** Pins a process and its current children to one CPU (children forked later inherit it). */
export function pinProcessTree(pids: number[], cpu: number): void {
  for (const pid of pids) spawnSync('taskset', ['-a', '-pc', String(cpu), String(pid)], { stdio: 'ignore' });
}
