import { allocateLocalGroupBudgets, kronor } from '@samsyn/domain';
import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, outcomeOf, useTestApi } from '../../../testing/index.ts';

/** Issue 19 for local groups: "Fördela" by population, and spend from the books. */
const env = useTestApi();
let editor: Caller;
let viewer: Caller;
const tenant = 'gavleborg';

const yearsOf = async () =>
  env.superuser<{ id: string; budget: string; version: number }[]>`
    select y.local_group_id as id, y.budget_ore::text as budget, y.version from local_group_years y
    join tenants t on t.id = y.tenant_id where t.slug = ${tenant} and y.year = 2019 order by 1`;

beforeAll(async () => {
  editor = await env.api.callerFor('editor@gavleborg.demo');
  viewer = await env.api.callerFor('viewer@gavleborg.demo');
});

describe('Fördela', () => {
  it("spreads 4 994 625 kr over Gävleborg's ten groups by population, to the öre, audited", async () => {
    const groups = await viewer.interventions.localGroups.list({ tenant });
    const basis = groups.map((group) => ({ localGroupId: group.id, population: group.population }));
    const saved = await editor.interventions.localGroups.distributeBudgets({
      tenant,
      year: 2019,
      total: kronor(4_994_625),
      basis,
    });
    const budgets = saved.map((group) => group.years.find((year) => year.year === 2019)?.budget ?? 0);
    expect(budgets.reduce((sum, budget) => sum + budget, 0)).toBe(kronor(4_994_625));
    const expected = allocateLocalGroupBudgets(
      kronor(4_994_625),
      groups.map((group) => ({ id: group.id, population: group.population })),
    );
    if (!expected.ok) throw new Error('the rule refused the demo');
    for (const group of saved)
      expect(group.years.find((year) => year.year === 2019)?.budget).toBe(
        expected.value.find((row) => row.id === group.id)?.budget,
      );
    const [audit] = await env.superuser<{ n: number }[]>`
      select count(*)::int as n from audit_log where action = 'localGroup.distributeBudgets'`;
    expect(audit?.n).toBe(1);
  });

  it('refuses a basis the groups no longer match, and a viewer, changing nothing', async () => {
    const before = await yearsOf();
    const groups = await viewer.interventions.localGroups.list({ tenant });
    const stale = groups.map((group) => ({
      localGroupId: group.id,
      population: (group.population ?? 0) + 1,
    }));
    const attempt = editor.interventions.localGroups.distributeBudgets({
      tenant,
      year: 2019,
      total: kronor(1),
      basis: stale,
    });
    expect(await outcomeOf(attempt)).toBe('CONFLICT');
    const basis = groups.map((group) => ({ localGroupId: group.id, population: group.population }));
    const byViewer = viewer.interventions.localGroups.distributeBudgets({
      tenant,
      year: 2019,
      total: 1,
      basis,
    });
    expect(await outcomeOf(byViewer)).toBe('FORBIDDEN');
    expect(await yearsOf()).toEqual(before);
  });

  it('names the amount when no group has a population to share by', async () => {
    await env.superuser`update local_groups set population = null where tenant_id = (select id from tenants where slug = ${tenant})`;
    const groups = await viewer.interventions.localGroups.list({ tenant });
    try {
      await editor.interventions.localGroups.distributeBudgets({
        tenant,
        year: 2019,
        total: kronor(100),
        basis: groups.map((group) => ({ localGroupId: group.id, population: null })),
      });
      throw new Error('expected a refusal');
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      expect(error.code).toBe('BAD_REQUEST');
      expect((error.cause as { issues?: unknown }).issues).toEqual([
        { path: ['total'], message: 'allocation.noWeight', code: 'custom' },
      ]);
    }
  });
});

describe('local group spend', () => {
  it('follows the books for a group with allocations, and stays typed for the others', async () => {
    const groups = await viewer.interventions.localGroups.list({ tenant });
    const gavle = groups.find((group) => group.name === 'Mysam Gävle');
    const hofors = groups.find((group) => group.name === 'Mysam Hofors');
    if (!gavle || !hofors) throw new Error('demo groups missing');
    expect(gavle.years.find((year) => year.year === 2019)).toMatchObject({
      spend: kronor(9_850),
      spendSource: 'typed',
    });

    const list = await viewer.economy.allocations.list({ tenant, year: 2019 });
    const actual = list.actuals.find((row) => row.period === '2019-H1');
    if (!actual) throw new Error('no Insatsmedel actual');
    await editor.economy.allocations.save({
      tenant,
      actualId: actual.id,
      expectedVersion: actual.allocationsVersion,
      rows: [
        ...actual.rows.map((row) => ({ target: `${row.kind}:${row.targetId}`, amount: row.amount })),
        { target: `localGroup:${gavle.id}`, amount: kronor(1_000) },
      ],
    });
    const after = await viewer.interventions.localGroups.list({ tenant });
    expect(
      after.find((group) => group.id === gavle.id)?.years.find((year) => year.year === 2019),
    ).toMatchObject({
      spend: kronor(1_000),
      typedSpend: kronor(9_850),
      spendSource: 'books',
    });
    expect(
      after.find((group) => group.id === hofors.id)?.years.find((year) => year.year === 2019),
    ).toMatchObject({
      spend: kronor(4_120),
      spendSource: 'typed',
    });
    const reconciliation = await viewer.economy.allocations.reconciliation({ tenant, year: 2019 });
    expect(reconciliation.totals).toMatchObject({
      toLocalGroups: kronor(1_000),
      unallocated: kronor(60_107),
    });
  });
});
