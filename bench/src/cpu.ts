import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time actually spent, from Linux's per-thread scheduler statistics (nanoseconds). On a
 * machine shared with other work, requests/s and latency move with the neighbours' load, but
 * the CPU a request costs hardly does: this is the steadiest figure the bench reports.
 * Returns null where /proc is not available (not Linux).
 */
export function processCpuNs(pid: number): number | null {
  try {
    let total = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      total += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    return total;
  } catch {
    return null;
  }
}

/** The parent pid from /proc/<pid>/stat (the field after the parenthesised command name). */
function parentOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** A process and its children (for PostgreSQL: the postmaster, its backends, WAL writer, …). */
export function processTree(rootPid: number): number[] {
  const pids = [rootPid];
  try {
    for (const entry of readdirSync('/proc')) {
      if (/^\d+$/.test(entry) && parentOf(entry) === rootPid) pids.push(Number(entry));
    }
  } catch {
    // /proc unreadable: the root alone
  }
  return pids;
}

/** CPU (ns) of a process tree, per pid: for PostgreSQL the postmaster, its backends, WAL writer, … */
export type TreeCpu = Map<number, number>;

export function processTreeCpu(rootPid: number): TreeCpu | null {
  if (processCpuNs(rootPid) === null) return null;
  const cpu: TreeCpu = new Map();
  for (const pid of processTree(rootPid)) {
    const ns = processCpuNs(pid);
    if (ns !== null) cpu.set(pid, ns);
  }
  return cpu;
}

/**
 * CPU the tree spent between two readings. Compared pid by pid, because a backend that exits in
 * between (a pool's connection idle for 30 s, e.g. an API variant waiting for its turn) takes its
 * whole time with it: summed totals would then drop, or hide the run's own work. Its share of the
 * interval is lost instead, which is next to nothing: it exited for having been idle. A pid new in
 * the second reading (a connection opened during the run) counts in full.
 */
export function treeCpuBetween(before: TreeCpu, after: TreeCpu): number {
  let total = 0;
  for (const [pid, ns] of after) {
    const earlier = before.get(pid) ?? 0;
    total += ns >= earlier ? ns - earlier : ns;
  }
  return total;
}

export function postmasterPid(clusterDir: string): number | null {
  try {
    const pid = Number(readFileSync(`${clusterDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
