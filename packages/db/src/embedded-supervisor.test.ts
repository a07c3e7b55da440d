import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSql } from './client.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import type { SupervisorEvent } from './embedded-supervisor.ts';

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const postmasterPid = async (dataDir: string) =>
  Number((await readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);

/**
 * The embedded PostgreSQL comes back by itself when it dies, and stays down when we stop it.
 * (The API's side of an outage is tests/integration/database-outage.test.ts.)
 */
describe('the embedded PostgreSQL supervisor', () => {
  it('restarts a killed postmaster, and not one stopped by stop()', async () => {
    const dataDir = path.join(tmpdir(), `samsyn-supervisor-${randomBytes(6).toString('hex')}`);
    const events: SupervisorEvent[] = [];
    const cluster = await startEmbeddedPostgres({
      dataDir,
      persistent: false,
      durable: false,
      onSupervisorEvent: (event) => events.push(event),
    });
    const sql = createSql(cluster.url('superuser', 'postgres'), { max: 1 });
    try {
      const first = await postmasterPid(dataDir);
      process.kill(first, 'SIGKILL');
      await expect.poll(() => events.map((event) => event.type), { timeout: 15_000 }).toContain('restarted');
      expect(events[0]).toEqual({ type: 'exited', code: null, signal: 'SIGKILL' });
      const second = await postmasterPid(dataDir);
      expect(second).not.toBe(first);
      // The pool finds the new server on its own.
      await expect
        .poll(() =>
          sql`select 1 as one`.then(
            ([row]) => row?.one,
            () => null,
          ),
        )
        .toBe(1);

      await sql.end();
      const seen = events.length;
      await cluster.stop();
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(events.length).toBe(seen);
      expect(isAlive(second)).toBe(false);
      expect(existsSync(path.join(dataDir, 'pg'))).toBe(false);
    } finally {
      await sql.end({ timeout: 0 });
      await cluster.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
