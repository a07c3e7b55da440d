import path from 'node:path';
import { createSql } from './client.ts';
import { ensureDatabase, startEmbeddedPostgres } from './embedded.ts';
import type { SupervisorEvent } from './embedded-supervisor.ts';
import { type MigrateResult, migrate } from './migrate.ts';

export interface OpenDatabaseOptions {
  /** The app role's connection (env `DATABASE_URL`). Without it an embedded server is started. */
  databaseUrl?: string | undefined;
  /** The owner role's connection for migrations (env `DATABASE_OWNER_URL`). */
  ownerUrl?: string | undefined;
  /** Where the embedded server keeps its data (env `SAMSYN_DATA_DIR`, default `.data`). */
  dataDir: string;
  /** Throwaway embedded server: no fsync, deleted on stop (tests, benchmarks). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
  /** The embedded server's supervisor: PostgreSQL exited on its own, was restarted… */
  onSupervisorEvent?: (event: SupervisorEvent) => void;
}

export interface OpenedDatabase {
  /** Connection URL of the app role: what the API uses. */
  appUrl: string;
  /** Connection URL of the owner role, when known: migrations and demo seeding. */
  ownerUrl: string | null;
  isEmbedded: boolean;
  migrations: MigrateResult | null;
  stop(): Promise<void>;
}

export const DATABASE_NAME = 'samsyn';

/**
 * Finds or starts the database and brings its schema up to date. With `databaseUrl` it uses that
 * server (and migrates only when an owner URL is given); without, it starts the embedded
 * PostgreSQL under `dataDir`, creating the cluster, roles and database on first start.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<OpenedDatabase> {
  let appUrl: string;
  let ownerUrl: string | null;
  let stop = async () => {};
  if (options.databaseUrl) {
    appUrl = options.databaseUrl;
    ownerUrl = options.ownerUrl ?? null;
  } else {
    const cluster = await startEmbeddedPostgres({
      dataDir: path.resolve(options.dataDir),
      persistent: !options.ephemeral,
      durable: !options.ephemeral,
      ...(options.onLog ? { onLog: options.onLog } : {}),
      ...(options.onSupervisorEvent ? { onSupervisorEvent: options.onSupervisorEvent } : {}),
    });
    await ensureDatabase(cluster.url('superuser', 'postgres'), DATABASE_NAME);
    appUrl = cluster.url('app', DATABASE_NAME);
    ownerUrl = cluster.url('owner', DATABASE_NAME);
    stop = () => cluster.stop();
  }
  let migrations: MigrateResult | null = null;
  if (ownerUrl) {
    const owner = createSql(ownerUrl, { max: 1, applicationName: 'samsyn-migrate' });
    try {
      migrations = await migrate(owner);
    } finally {
      await owner.end();
    }
  }
  return { appUrl, ownerUrl, isEmbedded: !options.databaseUrl, migrations, stop };
}
