import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backupDatabase, RestoreRefused, readManifest, restoreDatabase, summariseTables } from './backup.ts';
import { createSql } from './client.ts';
import { migrate } from './migrate.ts';
import { createTestDatabase, type TestDatabase } from './testing/index.ts';
import { useTestDatabase } from './testing/use-test-database.ts';

const source = useTestDatabase();
let target: TestDatabase;
let backupDir: string;

/** Every table's row count and checksum, read independently of the backup code's own bookkeeping. */
async function tableSummaries(superuserUrl: string) {
  const sql = createSql(superuserUrl, { max: 1 });
  try {
    return await sql.begin(async (tx) => {
      await tx`set local row_security = off`;
      const tables = await tx<{ name: string }[]>`
        select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r' and relname <> 'schema_migrations' order by relname`;
      return summariseTables(
        tx,
        tables.map((t) => ({ name: t.name, columns: [] })),
      );
    });
  } finally {
    await sql.end();
  }
}

async function emptyMigratedDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase(inject('testCluster'), { empty: true });
  const owner = createSql(database.ownerUrl, { max: 1 });
  try {
    await migrate(owner);
  } finally {
    await owner.end();
  }
  return database;
}

beforeAll(async () => {
  backupDir = path.join(await mkdtemp(path.join(tmpdir(), 'samsyn-backup-')), 'kopia');
  target = await emptyMigratedDatabase();
});
afterAll(async () => {
  await target?.drop();
  if (backupDir) await rm(path.dirname(backupDir), { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores the demo database into a fresh one with every table equal, row for row', async () => {
    const superuser = createSql(source.current.superuserUrl, { max: 1 });
    try {
      await backupDatabase(superuser, backupDir);
    } finally {
      await superuser.end();
    }
    const manifest = await readManifest(backupDir);
    expect(manifest.tables.find((t) => t.name === 'tenants')?.rows).toBeGreaterThan(40);
    expect(manifest.tables.find((t) => t.name === 'audit_log')?.rows).toBeGreaterThan(0);

    const restorer = createSql(target.superuserUrl, { max: 1 });
    try {
      await restoreDatabase(restorer, backupDir);
    } finally {
      await restorer.end();
    }
    const before = await tableSummaries(source.current.superuserUrl);
    const after = await tableSummaries(target.superuserUrl);
    expect(after.map((t) => t.name)).toEqual(before.map((t) => t.name));
    for (const [index, table] of after.entries()) {
      expect({ name: table.name, rows: table.rows, checksum: table.checksum }).toEqual({
        name: before[index]?.name,
        rows: before[index]?.rows,
        checksum: before[index]?.checksum,
      });
    }
    expect(after.filter((t) => t.rows > 0).length).toBeGreaterThan(20);
  });

  it('continues the sequences where the backup left them, so new rows get new ids', async () => {
    const owner = createSql(target.ownerUrl, { max: 1 });
    try {
      const [max] = await owner<{ max: string }[]>`select max(id)::text as max from mail_outbox`;
      await owner`
        insert into mail_outbox (to_address, subject, body_text, scope)
        values ('drill@samsyn.test', 'Återställningsövning', 'Hej', 'platform')`;
      const [next] = await owner<{ id: string }[]>`
        select id::text from mail_outbox where to_address = 'drill@samsyn.test'`;
      expect(BigInt(next?.id ?? 0)).toBeGreaterThan(BigInt(max?.max ?? 0));
    } finally {
      await owner.end();
    }
  });

  it('refuses to restore into a database that already holds data, and changes nothing', async () => {
    const restorer = createSql(source.current.superuserUrl, { max: 1 });
    try {
      const before = await tableSummaries(source.current.superuserUrl);
      await expect(restoreDatabase(restorer, backupDir)).rejects.toBeInstanceOf(RestoreRefused);
      expect(await tableSummaries(source.current.superuserUrl)).toEqual(before);
    } finally {
      await restorer.end();
    }
  });

  it('refuses a target on other migrations than the backup', async () => {
    const other = await createTestDatabase(inject('testCluster'), { empty: true });
    const owner = createSql(other.ownerUrl, { max: 1 });
    const restorer = createSql(other.superuserUrl, { max: 1 });
    try {
      await migrate(owner);
      await owner`update schema_migrations set checksum = 'x' where name = (select max(name) from schema_migrations)`;
      await expect(restoreDatabase(restorer, backupDir)).rejects.toThrow(/migreringar/);
    } finally {
      await owner.end();
      await restorer.end();
      await other.drop();
    }
  });
});
