import { createTestDatabase, type TestDatabase } from '@samsyn/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSql, type Sql } from './client.ts';
import { migrate, readMigrations } from './migrate.ts';

/**
 * 0015_line_kinds.sql, then the rest up to 0019_national_spend_from_books.sql (where the national
 * figures start reading the kinds), on a database that already has a förbund's chart and actuals
 * (as in production): each cost line gets the kind its code implied, so the national figures stay
 * the same to the öre, and from then on a top-level cost line cannot be without a kind.
 */
let db: TestDatabase;
let owner: Sql;
let superuser: Sql;
let tenantId: string;

const figures = () =>
  superuser<{ intervention: string; staff: string; other: string; total: string }[]>`
    select intervention_costs_ore::text as intervention, staff_costs_ore::text as staff,
           other_costs_ore::text as other, total_costs_ore::text as total
    from national_figures where tenant_id = ${tenantId} and year = 2019`;

beforeAll(async () => {
  db = await createTestDatabase(inject('testCluster'), { empty: true });
  owner = createSql(db.ownerUrl, { max: 1 });
  superuser = createSql(db.superuserUrl, { max: 1 });
  const all = await readMigrations();
  await migrate(
    owner,
    all.filter((migration) => migration.name < '0015'),
  );
  const [tenant] = await superuser<{ id: string }[]>`
    insert into tenants (slug, name) values ('gammalt-forbund', 'Gammalt förbund') returning id`;
  if (!tenant) throw new Error('tenant not created');
  tenantId = tenant.id;
  const [year] = await superuser<{ id: string }[]>`
    insert into fiscal_years (tenant_id, year) values (${tenantId}, 2019) returning id`;
  const lines = [
    ['intervention-funds', 'Insatsmedel', 'cost', 2_000_000],
    ['staff-costs', 'Personal', 'cost', 500_000],
    ['lokaler', 'Lokaler', 'cost', 300_000],
    ['contribution-state', 'Staten', 'contribution', 4_000_000],
  ] as const;
  for (const [code, name, kind, amount] of lines) {
    const [line] = await superuser<{ id: string }[]>`
      insert into economy_lines (tenant_id, code, name, kind, funder_group)
      values (${tenantId}, ${code}, ${name}, ${kind}, ${kind === 'contribution' ? 'state' : null}) returning id`;
    await superuser`
      insert into actuals (tenant_id, fiscal_year_id, year, period_kind, period_number, line_id, amount_ore)
      values (${tenantId}, ${year?.id ?? null}, 2019, 'year', 1, ${line?.id ?? null}, ${amount * 100})`;
    if (code === 'intervention-funds') {
      await superuser`
        insert into economy_lines (tenant_id, code, name, kind, parent_line_id)
        values (${tenantId}, 'granted', 'varav beviljat', 'cost', ${line?.id ?? null})`;
    }
  }
}, 120_000);
afterAll(async () => {
  await owner.end();
  await superuser.end();
  await db.drop();
});

describe('0015_line_kinds.sql and 0019 on existing data', () => {
  it('gives each top-level cost line the kind its code implied and keeps the national figures', async () => {
    const before = await figures();
    expect(before).toEqual([
      { intervention: '200000000', staff: '50000000', other: '30000000', total: '280000000' },
    ]);
    const all = await readMigrations();
    await migrate(
      owner,
      all.filter((migration) => migration.name < '0016'),
    );
    const kinds = await superuser<{ code: string; costKind: string | null }[]>`
      select code, cost_kind as "costKind" from economy_lines where tenant_id = ${tenantId} order by code`;
    expect(kinds).toEqual([
      { code: 'contribution-state', costKind: null },
      { code: 'granted', costKind: null },
      { code: 'intervention-funds', costKind: 'interventionFunds' },
      { code: 'lokaler', costKind: 'otherAdministration' },
      { code: 'staff-costs', costKind: 'staff' },
    ]);
    // 0019 is the function that reads the kinds instead of the codes.
    await migrate(owner);
    expect(
      await superuser`select 1 from pg_proc where proname = 'refresh_national_figures'
                      and prosrc like '%l.cost_kind = ''staff''%'`,
    ).toHaveLength(1);
    await superuser`select refresh_national_figures(${tenantId}, 2019)`;
    expect(await figures()).toEqual(before);
  });

  it('refuses a top-level cost line without a kind, and a kind on any other line', async () => {
    await expect(
      superuser`insert into economy_lines (tenant_id, code, name, kind) values (${tenantId}, 'ny', 'Ny', 'cost')`,
    ).rejects.toThrow(/economy_lines_cost_kind_check_top_level/);
    await expect(
      superuser`insert into economy_lines (tenant_id, code, name, kind, funder_group, cost_kind)
                values (${tenantId}, 'bidrag', 'Bidrag', 'contribution', 'region', 'staff')`,
    ).rejects.toThrow(/economy_lines_cost_kind_check_top_level/);
    await expect(
      superuser`insert into economy_lines (tenant_id, code, name, kind, cost_kind)
                values (${tenantId}, 'ny', 'Ny', 'cost', 'insatser')`,
    ).rejects.toThrow(/check/);
  });
});
