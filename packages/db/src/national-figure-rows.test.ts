import { createTestDatabase, type TestDatabase } from '@samsyn/db/testing';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createSql, type Sql } from './client.ts';

// Migration 0013: one view holds every active förbund's national row for the national functions.
// It reads across förbund (its owner bypasses row-level security), so the app role must not.
let db: TestDatabase;
let app: Sql;
let superuser: Sql;
beforeAll(async () => {
  db = await createTestDatabase(inject('testCluster'));
  app = createSql(db.appUrl, { max: 1 });
  superuser = createSql(db.superuserUrl, { max: 1 });
});
afterAll(async () => {
  await app.end();
  await superuser.end();
  await db.drop();
});

it('refuses the app role the cross-förbund view national_figure_rows', async () => {
  await expect(app`select count(*) from national_figure_rows`).rejects.toThrow(/permission denied/);
});

it('holds one row per active förbund and year, as national_figures does', async () => {
  const [counts] = await superuser<{ view: number; figures: number }[]>`
    select (select count(*)::int from national_figure_rows) as view,
           (select count(*)::int from national_figures f join tenants t on t.id = f.tenant_id
            where t.status = 'active') as figures`;
  expect(counts?.view).toBe(counts?.figures);
  expect(counts?.view).toBeGreaterThan(0);
});
