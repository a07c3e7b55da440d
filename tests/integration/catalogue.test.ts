import { createSql, type Sql } from '@samsyn/db';
import { createTestDatabase } from '@samsyn/db/testing';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  findAppRoleProblems,
  findTenancyProblems,
  findVisibleForeignRows,
  tenantTables,
} from './support/catalogue.ts';

const db = useTestDatabase();
let superuser: Sql;
let app: Sql;
let tenantIds: Record<string, string>;

beforeAll(async () => {
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  app = createSql(db.current.appUrl, { max: 1 });
  const rows = await superuser<{ slug: string; id: string }[]>`select slug, id from tenants`;
  tenantIds = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
});
afterAll(async () => {
  await superuser.end();
  await app.end();
});

describe('the database catalogue', () => {
  it('has the tenant tables the foundation needs', async () => {
    expect(await tenantTables(superuser)).toEqual(
      expect.arrayContaining(['audit_log', 'members', 'memberships']),
    );
  });

  it('forces row-level security with a tenant policy on every table with tenant_id', async () => {
    expect(await findTenancyProblems(superuser)).toEqual([]);
  });

  it('gives the app role no way around row-level security', async () => {
    expect(await findAppRoleProblems(superuser)).toEqual([]);
  });

  it('shows the app role, working for one förbund, not one row of another in any table', async () => {
    const tables = await tenantTables(superuser);
    for (const slug of ['gavleborg', 'harnosand-timra', 'insjoriket']) {
      expect(await findVisibleForeignRows(app, tables, tenantIds[slug] ?? null)).toEqual([]);
    }
  });

  it('shows the app role no förbund rows at all when no förbund is set', async () => {
    expect(await findVisibleForeignRows(app, await tenantTables(superuser), null)).toEqual([]);
  });

  it('has rows of every förbund to hide, so the checks above are not vacuous', async () => {
    for (const table of ['members', 'memberships', 'audit_log']) {
      const rows = await superuser.unsafe<{ tenants: number }[]>(
        `select count(distinct tenant_id)::int as tenants from ${table}`,
      );
      expect(rows[0]?.tenants).toBe(3);
    }
  });
});

describe('the catalogue checks themselves', () => {
  // Break a copy of the database on purpose and show each check turns red.
  let broken: Awaited<ReturnType<typeof createTestDatabase>>;
  let brokenSuperuser: Sql;
  let brokenApp: Sql;
  beforeAll(async () => {
    broken = await createTestDatabase(inject('testCluster'));
    brokenSuperuser = createSql(broken.superuserUrl, { max: 1 });
    brokenApp = createSql(broken.appUrl, { max: 1 });
  });
  afterAll(async () => {
    await brokenSuperuser.end();
    await brokenApp.end();
    await broken.drop();
  });

  it('report a table whose tenant policy was dropped', async () => {
    await brokenSuperuser`drop policy tenant_isolation on members`;
    expect(await findTenancyProblems(brokenSuperuser)).toContain(
      'members: no policy tenant_id = current_tenant_id() for all commands',
    );
  });

  it('report a table whose row-level security is not forced, and the rows that then leak', async () => {
    await brokenSuperuser`alter table audit_log no force row level security`;
    await brokenSuperuser`alter table audit_log disable row level security`;
    expect(await findTenancyProblems(brokenSuperuser)).toEqual(
      expect.arrayContaining([
        'audit_log: row-level security is not enabled',
        'audit_log: row-level security is not forced',
      ]),
    );
    const [gavleborg] = await brokenSuperuser<
      { id: string }[]
    >`select id from tenants where slug = 'gavleborg'`;
    const leaks = await findVisibleForeignRows(brokenApp, ['audit_log'], gavleborg?.id ?? null);
    expect(leaks.map((leak) => leak.table)).toEqual(['audit_log']);
  });

  it('report an app role that can bypass row-level security', async () => {
    // Roles are cluster-wide: probe a throwaway role, never the real app role other files use.
    const probe = `samsyn_probe_${broken.name}`;
    await brokenSuperuser.unsafe(`create role ${probe} login bypassrls`);
    try {
      expect(await findAppRoleProblems(brokenSuperuser, probe)).toContain(
        `${probe} can bypass row-level security`,
      );
    } finally {
      await brokenSuperuser.unsafe(`drop role ${probe}`);
    }
  });
});
