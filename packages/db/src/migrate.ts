import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Sql } from './client.ts';

const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

export interface Migration {
  /** File name, e.g. `0001_foundation.sql`; the order is the name's order. */
  name: string;
  checksum: string;
  sql: string;
}

export interface MigrateResult {
  applied: string[];
  skipped: string[];
}

/** Any number that is ours alone: serialises concurrent runners (two API replicas starting). */
const MIGRATION_LOCK_KEY = 727_001_2003;

const checksumOf = (text: string) => createHash('sha256').update(text).digest('hex');

export async function readMigrations(dir = migrationsDir): Promise<Migration[]> {
  const names = (await readdir(dir)).filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name)).sort();
  return Promise.all(
    names.map(async (name) => {
      const text = await readFile(path.join(dir, name), 'utf8');
      return { name, checksum: checksumOf(text), sql: text };
    }),
  );
}

/**
 * Applies pending migrations in order, each in its own transaction under a transaction-level
 * advisory lock, recording name and checksum. Refuses to run if an applied migration's file has
 * changed since: a migration, once applied anywhere, is history and must not be edited.
 * Run as the owner role.
 */
export async function migrate(sql: Sql, migrations?: Migration[]): Promise<MigrateResult> {
  const all = migrations ?? (await readMigrations());
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
    await tx`
      create table if not exists schema_migrations (
        name text primary key,
        checksum text not null,
        applied_at timestamptz not null default now()
      )`;
  });
  const result: MigrateResult = { applied: [], skipped: [] };
  for (const migration of all) {
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`;
      const [done] = await tx<{ checksum: string }[]>`
        select checksum from schema_migrations where name = ${migration.name}`;
      if (done) {
        if (done.checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} has changed since it was applied (checksum ${done.checksum.slice(0, 12)} ≠ ${migration.checksum.slice(0, 12)}). Write a new migration instead.`,
          );
        }
        result.skipped.push(migration.name);
        return;
      }
      await tx.unsafe(migration.sql);
      await tx`insert into schema_migrations (name, checksum) values (${migration.name}, ${migration.checksum})`;
      result.applied.push(migration.name);
    });
  }
  const known = new Set(all.map((m) => m.name));
  const unknown = (await sql<{ name: string }[]>`select name from schema_migrations`).filter(
    (row) => !known.has(row.name),
  );
  if (unknown.length > 0) {
    throw new Error(
      `The database has migrations this code does not know: ${unknown.map((r) => r.name).join(', ')}. Is the code older than the database?`,
    );
  }
  return result;
}
