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

/**
 * CPU of a PostgreSQL server: the postmaster and its children. A backend that exits takes its
 * time with it, which is fine here: the pools keep theirs open.
 */
export function processTreeCpuNs(rootPid: number): number | null {
  if (processCpuNs(rootPid) === null) return null;
  return processTree(rootPid).reduce((total, pid) => total + (processCpuNs(pid) ?? 0), 0);
}

export function postmasterPid(clusterDir: string): number | null {
  try {
    const pid = Number(readFileSync(`${clusterDir}/postmaster.pid`, 'utf8').split('\n')[0]);
    return pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
