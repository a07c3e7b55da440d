// The load generator: a separate process, pinned to its own core, so that generating load
// does not steal CPU from the server being measured. Takes jobs over IPC, one at a time.
import { runLoad } from './run-load.ts';
import type { JobResult, WorkerReply, WorkerRequest } from './types.ts';

const reply = (message: WorkerReply) => process.send?.(message);

process.on('message', async (message: WorkerRequest) => {
  try {
    const { main, background } = message.job;
    const [mainStats, backgroundStats] = await Promise.all([
      runLoad(main),
      background ? runLoad(background) : Promise.resolve(undefined),
    ]);
    const result: JobResult = {
      main: mainStats,
      ...(backgroundStats ? { background: backgroundStats } : {}),
    };
    reply({ id: message.id, result });
  } catch (error) {
    reply({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

// The orchestrator going away (even by SIGKILL) closes the channel: nothing left to do.
process.on('disconnect', () => process.exit(0));
