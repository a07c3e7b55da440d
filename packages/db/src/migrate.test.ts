import { createTestDatabase, type TestDatabase } from '@samsyn/db/testing';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createSql, type Sql } from './client.ts';
import { type Migration, migrate, readMigrations } from './migrate.ts';

let db: TestDatabase;
let owner: Sql;
beforeEach(async () => {
  db = await createTestDatabase(inject('testCluster'), { empty: true });
  owner = createSql(db.ownerUrl, { max: 4 });
});
afterEach(async () => {
  await owner.end();
  await db.drop();
});

const fake = (name: string, sql: string): Migration => ({ name, sql, checksum: name + sql.length });

describe('migrate', () => {
  it('applies every migration in order on an empty database, then nothing the second time', async () => {
    const all = await readMigrations();
    expect(all.map((m) => m.name)).toEqual([...all.map((m) => m.name)].sort());
    const first = await migrate(owner);
    expect(first.applied).toEqual(all.map((m) => m.name));
    const second = await migrate(owner);
    expect(second).toEqual({ applied: [], skipped: all.map((m) => m.name) });
  });

  it('refuses to run when an applied migration has been edited', async () => {
    await migrate(owner, [fake('0001_a.sql', 'create table a (x int);')]);
    await expect(migrate(owner, [fake('0001_a.sql', 'create table a (x bigint);')])).rejects.toThrow(
      /0001_a\.sql has changed since it was applied/,
    );
  });

  it('rolls back a failing migration completely and records nothing', async () => {
    const broken = fake('0002_b.sql', 'create table b (x int); select 1/0;');
    await expect(migrate(owner, [fake('0001_a.sql', 'create table a (x int);'), broken])).rejects.toThrow();
    const [table] = await owner`select to_regclass('b') as b`;
    expect(table?.b).toBeNull();
    const names = await owner`select name from schema_migrations order by name`;
    expect(names.map((row) => row.name)).toEqual(['0001_a.sql']);
  });

  it('applies each migration once when two runners start together', async () => {
    const migrations = [
      fake('0001_a.sql', 'create table a (x int);'),
      fake('0002_b.sql', 'insert into a values (1);'),
    ];
    const other = createSql(db.ownerUrl, { max: 2 });
    try {
      await Promise.all([migrate(owner, migrations), migrate(other, migrations)]);
    } finally {
      await other.end();
    }
    const [row] = await owner`select count(*)::int as n from a`;
    expect(row?.n).toBe(1);
  });

  it('refuses a database that has migrations the code does not know', async () => {
    await migrate(owner, [fake('0001_a.sql', 'select 1;'), fake('0002_b.sql', 'select 1;')]);
    await expect(migrate(owner, [fake('0001_a.sql', 'select 1;')])).rejects.toThrow(/0002_b\.sql/);
  });
});
