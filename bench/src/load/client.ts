import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onCleanup } from '../cleanup.ts';
import { spawnNode, stopProcess } from '../processes.ts';
import type { JobResult, LoadJob, WorkerReply, WorkerRequest } from './types.ts';

/** The orchestrator's handle on the load worker process (worker.ts). */
export interface LoadWorker {
  run(job: LoadJob): Promise<JobResult>;
}

export function startLoadWorker(cpu: number | null): LoadWorker {
  const child: ChildProcess = spawnNode(fileURLToPath(new URL('./worker.ts', import.meta.url)), {
    cpu,
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(() => stopProcess(child));

  let nextId = 0;
  const pending = new Map<number, { resolve: (r: JobResult) => void; reject: (e: Error) => void }>();
  child.on('message', (reply: WorkerReply) => {
    const waiter = pending.get(reply.id);
    pending.delete(reply.id);
    if (!waiter) return;
    if ('error' in reply) waiter.reject(new Error(`load worker: ${reply.error}`));
    else waiter.resolve(reply.result);
  });
  child.on('exit', (code, signal) => {
    for (const waiter of pending.values()) waiter.reject(new Error(`load worker exited (${code ?? signal})`));
    pending.clear();
  });

  return {
    run(job) {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        child.send({ id, job } satisfies WorkerRequest);
      });
    },
  };
}
