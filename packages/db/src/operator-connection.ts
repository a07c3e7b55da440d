import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { clusterUrls, ensureDatabase, readClusterCredentials, startEmbeddedPostgres } from './embedded.ts';
import { DATABASE_NAME } from './open-database.ts';

/**
 * Connections for operator commands (`pnpm samsyn outbox`, `db:backup`, `db:restore`), which may
 * run while the server does. With the embedded database they join the running cluster (its port is
 * in `postmaster.pid`) instead of starting a second one on the same files, and start it only when
 * nothing runs. With an external database they use the configured URLs.
 */
export interface OperatorConnection {
  /** As the app role: what the API sees (row-level security applies). */
  appUrl(database?: string): string;
  /** As the owner: migrations. Null when unknown (external database without DATABASE_OWNER_URL). */
  ownerUrl(database?: string): string | null;
  /** A role that bypasses row-level security: backups. Null when not configured. */
  bypassUrl(database?: string): string | null;
  /** Creates an empty database owned by the owner role unless it exists (embedded; external: the DBA's job). */
  createDatabase(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface OperatorOptions {
  databaseUrl?: string | undefined;
  ownerUrl?: string | undefined;
  /** DATABASE_BACKUP_URL: a role with BYPASSRLS (and, for restores, the right to set session_replication_role). */
  backupUrl?: string | undefined;
  dataDir: string;
}

const withDatabase = (url: string, database: string) => url.replace(/\/[^/?]*(\?|$)/, `/${database}$1`);

/** The port of the embedded cluster if one runs on `dataDir`, else null. */
async function runningEmbeddedPort(clusterDir: string): Promise<number | null> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  // postmaster.pid: line 1 the postmaster's pid, line 4 its port (PostgreSQL's documented layout).
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch (error) {
    // EPERM: it runs, as another user (the `postgres` user when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? port : null;
  }
}

export async function openOperatorConnection(options: OperatorOptions): Promise<OperatorConnection> {
  if (options.databaseUrl) {
    const app = options.databaseUrl;
    return {
      appUrl: (db) => (db ? withDatabase(app, db) : app),
      ownerUrl: (db) =>
        options.ownerUrl ? (db ? withDatabase(options.ownerUrl, db) : options.ownerUrl) : null,
      bypassUrl: (db) =>
        options.backupUrl ? (db ? withDatabase(options.backupUrl, db) : options.backupUrl) : null,
      // On a managed server the DBA creates databases; the URLs name the one to use.
      createDatabase: async () => {},
      close: async () => {},
    };
  }
  const dataDir = path.resolve(options.dataDir);
  let port = await runningEmbeddedPort(path.join(dataDir, 'pg'));
  let stop = async () => {};
  if (port === null) {
    const cluster = await startEmbeddedPostgres({ dataDir, persistent: true, durable: true });
    port = cluster.port;
    stop = () => cluster.stop();
  }
  const url = clusterUrls(await readClusterCredentials(dataDir), port);
  return {
    appUrl: (db = DATABASE_NAME) => url('app', db),
    ownerUrl: (db = DATABASE_NAME) => url('owner', db),
    bypassUrl: (db = DATABASE_NAME) => url('superuser', db),
    createDatabase: (name) => ensureDatabase(url('superuser', 'postgres'), name),
    close: stop,
  };
}
