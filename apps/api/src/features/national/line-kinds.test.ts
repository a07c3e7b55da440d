import type { BudgetLine } from '@samsyn/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, outcomeOf, useTestApi } from '../../testing/index.ts';
import { refreshWithNationalFunctionOf } from './restore-national-function.ts';

/**
 * Issue 19: a förbund that names its lines freely gets the right cost shares, because the
 * national figures (and so Jämförelse) read the cost kind chosen for each line, never its code.
 * Insjöriket has no economy in 2023; its budget and actuals here use names nothing like the
 * codes the old rule looked for (`intervention…`, `staff…`).
 */
const env = useTestApi();
let editor: Caller;
const tenant = 'insjoriket';
const year = 2023;
const kr = (kronor: number) => kronor * 100;

const lines = (otherKind: 'otherAdministration' | 'staff'): BudgetLine[] => [
  {
    code: 'bidrag-staten',
    name: 'Bidrag från staten',
    kind: 'contribution',
    funderGroup: 'state',
    amounts: [kr(1_000_000)],
  } as BudgetLine,
  {
    code: 'pengar-till-samverkan',
    name: 'Pengar till samverkan',
    kind: 'cost',
    costKind: 'interventionFunds',
    amounts: [kr(600_000)],
  } as BudgetLine,
  {
    code: 'lon-kansli',
    name: 'Lön kansli',
    kind: 'cost',
    costKind: 'staff',
    amounts: [kr(300_000)],
  } as BudgetLine,
  {
    code: 'lokal-och-it',
    name: 'Lokal och IT',
    kind: 'cost',
    costKind: otherKind,
    amounts: [kr(100_000)],
  } as BudgetLine,
];

async function costFigures() {
  const [row] = await env.superuser<
    { intervention: string; staff: string; other: string; total: string }[]
  >`select n.intervention_costs_ore::text as intervention, n.staff_costs_ore::text as staff,
           n.other_costs_ore::text as other, n.total_costs_ore::text as total
    from national_figures n join tenants t on t.id = n.tenant_id
    where t.slug = ${tenant} and n.year = ${year}`;
  return row;
}

async function ownShares() {
  const comparison = await editor.national.compare({ tenant, year });
  const own = (kpiId: string) => comparison.rows.find((row) => row.kpiId === kpiId)?.own;
  return { intervention: own('SAM006'), staff: own('SAM007') };
}

beforeAll(async () => {
  editor = await env.api.callerFor('editor@insjoriket.demo');
  await editor.economy.budget.save({
    tenant,
    expectedVersion: null,
    budget: { years: [year], lines: lines('otherAdministration') },
  });
  for (const [lineCode, amount] of [
    ['bidrag-staten', kr(1_000_000)],
    ['pengar-till-samverkan', kr(600_000)],
    ['lon-kansli', kr(300_000)],
    ['lokal-och-it', kr(100_000)],
  ] as const) {
    await editor.economy.actuals.save({
      tenant,
      period: String(year),
      lineCode,
      amount,
      note: null,
      expectedVersion: null,
    });
  }
});

describe('cost shares from line kinds', () => {
  it('count freely named lines by the kind chosen, nationally and in Jämförelse', async () => {
    expect(await costFigures()).toEqual({
      intervention: String(kr(600_000)),
      staff: String(kr(300_000)),
      other: String(kr(100_000)),
      total: String(kr(1_000_000)),
    });
    expect(await ownShares()).toEqual({ intervention: 60, staff: 30 });
  });

  it('are asked of every cost line: a budget with one without a kind is refused and nothing changes', async () => {
    const view = await editor.economy.budget.get({ tenant, year });
    const withoutKind = lines('staff').map(({ costKind: _kind, ...line }) => line);
    const attempt = editor.economy.budget.save({
      tenant,
      expectedVersion: view.budget?.version ?? null,
      budget: { years: [year], lines: withoutKind },
    });
    expect(await outcomeOf(attempt)).toBe('BAD_REQUEST');
    expect((await editor.economy.budget.get({ tenant, year })).budget?.version).toBe(view.budget?.version);
    expect(await costFigures()).toMatchObject({ other: String(kr(100_000)) });
  });

  it('follow a changed kind at once', async () => {
    const view = await editor.economy.budget.get({ tenant, year });
    await editor.economy.budget.save({
      tenant,
      expectedVersion: view.budget?.version ?? null,
      budget: { years: [year], lines: lines('staff') },
    });
    expect((await editor.economy.budget.get({ tenant, year })).chart).toContainEqual(
      expect.objectContaining({ code: 'lokal-och-it', costKind: 'staff' }),
    );
    expect(await costFigures()).toMatchObject({ staff: String(kr(400_000)), other: '0' });
    expect(await ownShares()).toEqual({ intervention: 60, staff: 40 });
  });

  it('would go red under the old rule that read the codes (0005)', async () => {
    // Put 0005's function back in this test's own database: the same lines count as other costs.
    await refreshWithNationalFunctionOf(env.superuser, '0005_national.sql', tenant, year);
    expect(await costFigures()).toMatchObject({
      intervention: '0',
      staff: '0',
      other: String(kr(1_000_000)),
    });
    expect(await ownShares()).toEqual({ intervention: 0, staff: 0 });
  });
});
