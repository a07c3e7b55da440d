import type { BudgetLine } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, useTestApi } from '../../testing/index.ts';
import { refreshWithNationalFunctionOf } from './restore-national-function.ts';

/**
 * Issue 19 part 7 (0019): the national figures take an intervention's spend from the actuals
 * allocated to it where it has allocations in the year, else from the spend typed for the year,
 * so cost per participant (SAM018) follows the books. Insjöriket has no economy in 2023.
 */
const env = useTestApi();
let editor: Caller;
const tenant = 'insjoriket';
const year = 2023;
const kr = (kronor: number) => kronor * 100;
let interventionId: string;
let actualId: string;

const individualCosts = async () => {
  const [row] = await env.superuser<{ costs: string | null }[]>`
    select n.individual_intervention_costs_ore::text as costs
    from national_figures n join tenants t on t.id = n.tenant_id
    where t.slug = ${tenant} and n.year = ${year}`;
  return row?.costs ?? null;
};

beforeAll(async () => {
  editor = await env.api.callerFor('editor@insjoriket.demo');
  const [intervention] = await env.superuser<{ id: string }[]>`
    select i.id from interventions i join tenants t on t.id = i.tenant_id
    where t.slug = ${tenant} and i.kind = 'individual' order by i.name limit 1`;
  if (!intervention) throw new Error('Insjöriket has no individual intervention');
  interventionId = intervention.id;
  // Typed spend for the year, which the books are to replace.
  await env.superuser`
    insert into intervention_budgets (tenant_id, intervention_id, year, total_budget_ore, spend_ore)
    select i.tenant_id, i.id, ${year}, ${kr(500_000)}, ${kr(100_000)} from interventions i where i.id = ${interventionId}
    on conflict (tenant_id, intervention_id, year) do update set spend_ore = excluded.spend_ore`;
  const line: BudgetLine = {
    code: 'pengar-till-samverkan',
    name: 'Pengar till samverkan',
    kind: 'cost',
    costKind: 'interventionFunds',
    amounts: [kr(600_000)],
  } as BudgetLine;
  await editor.economy.budget.save({
    tenant,
    expectedVersion: null,
    budget: { years: [year], lines: [line] },
  });
  await editor.economy.actuals.save({
    tenant,
    period: `${year}-H1`,
    lineCode: 'pengar-till-samverkan',
    amount: kr(300_000),
    note: null,
    expectedVersion: null,
  });
  const [actual] = await env.superuser<{ id: string }[]>`
    select a.id from actuals a join tenants t on t.id = a.tenant_id where t.slug = ${tenant} and a.year = ${year}`;
  if (!actual) throw new Error('actual not saved');
  actualId = actual.id;
});

describe('intervention spend in the national figures', () => {
  it('is the typed spend while the year has no allocations, then the allocations', async () => {
    const typedOthers = await env.superuser<{ sum: string | null }[]>`
      select sum(b.spend_ore)::text as sum from intervention_budgets b
      join interventions i on i.tenant_id = b.tenant_id and i.id = b.intervention_id
      join tenants t on t.id = b.tenant_id
      where t.slug = ${tenant} and b.year = ${year} and i.kind = 'individual' and i.id <> ${interventionId}`;
    const others = Number(typedOthers[0]?.sum ?? 0);
    expect(await individualCosts()).toBe(String(others + kr(100_000)));

    await editor.economy.allocations.save({
      tenant,
      actualId,
      expectedVersion: 0,
      rows: [{ target: `intervention:${interventionId}`, amount: kr(250_000) }],
    });
    expect(await individualCosts()).toBe(String(others + kr(250_000)));

    await editor.economy.allocations.save({ tenant, actualId, expectedVersion: 1, rows: [] });
    expect(await individualCosts()).toBe(String(others + kr(100_000)));
  });

  it("would go red under the function before 0019 (0005's), which read the typed spend only", async () => {
    const before = await individualCosts();
    await editor.economy.allocations.save({
      tenant,
      actualId,
      expectedVersion: 2,
      rows: [{ target: `intervention:${interventionId}`, amount: kr(250_000) }],
    });
    const booked = await individualCosts();
    expect(Number(booked) - Number(before)).toBe(kr(150_000));
    await refreshWithNationalFunctionOf(env.superuser, '0005_national.sql', tenant, year);
    expect(await individualCosts()).toBe(before);
  });
});
