import { beforeAll, describe, expect, it } from 'vitest';
import { type Caller, outcomeOf, useTestApi } from '../../testing/index.ts';

/** Editing the economy through the API: editors write, viewers read, every write audited. */
const env = useTestApi();
let editor: Caller;
let viewer: Caller;
const tenant = 'harnosand-timra';

async function auditActions(): Promise<string[]> {
  const rows = await env.superuser<{ action: string }[]>`
    select a.action from audit_log a join tenants t on t.id = a.tenant_id
    where t.slug = ${tenant} order by a.id`;
  return rows.map((row) => row.action);
}

beforeAll(async () => {
  editor = await env.api.callerFor('editor@harnosand-timra.demo');
  viewer = await env.api.callerFor('viewer@harnosand-timra.demo');
});

describe('budget', () => {
  it('lets an editor add a line to the plan, audited, and refuses a stale version', async () => {
    const view = await editor.economy.budget.get({ tenant, year: 2016 });
    const budget = view.budget;
    if (!budget) throw new Error('demo budget missing');
    const lines = budget.lines.map(({ lineId: _l, parentLineId: _p, ...line }) => line);
    const saved = await editor.economy.budget.save({
      tenant,
      expectedVersion: budget.version,
      budget: {
        years: budget.years,
        lines: [
          ...lines,
          {
            code: 'it',
            name: 'IT-stöd',
            kind: 'cost',
            costKind: 'otherAdministration',
            group: 'Kansli',
            amounts: [1_000_000, 1_000_000, 1_000_000],
          },
        ],
      },
    });
    expect(saved.budget?.version).toBe(budget.version + 1);
    expect(saved.totals[0]?.costs).toBe(388_200_000 + 1_000_000);
    expect(await auditActions()).toContain('budget.save');
    const stale = editor.economy.budget.save({
      tenant,
      expectedVersion: budget.version,
      budget: { years: budget.years, lines },
    });
    expect(await outcomeOf(stale)).toBe('CONFLICT');
  });

  it('refuses a viewer', async () => {
    const view = await viewer.economy.budget.get({ tenant, year: 2016 });
    const attempt = viewer.economy.budget.save({
      tenant,
      expectedVersion: view.budget?.version ?? 1,
      budget: {
        years: [2016],
        lines: [{ code: 'x', name: 'X', kind: 'cost', costKind: 'staff', amounts: [1] }],
      },
    });
    expect(await outcomeOf(attempt)).toBe('FORBIDDEN');
  });

  it('starts 2019 as a copy of 2018 and refuses a second copy', async () => {
    const copy = await editor.economy.budget.copyFromYear({ tenant, fromYear: 2018, toYear: 2019 });
    expect(copy.budget?.years).toEqual([2019]);
    expect(copy.isPlanYear).toBe(false);
    expect(copy.totals[0]?.revenue).toBe(362_300_000);
    expect(
      await outcomeOf(editor.economy.budget.copyFromYear({ tenant, fromYear: 2018, toYear: 2019 })),
    ).toBe('CONFLICT');
    expect(await auditActions()).toContain('budget.copy');
  });
});

describe('actuals', () => {
  const header = ['Period', 'Rad', 'Belopp'];

  it('previews a file with one bad row, refuses to import it and saves nothing', async () => {
    const rows = [
      header,
      ['2016-H1', 'premises', '10 000'],
      ['2016-H1', 'finns-inte', '5 000'],
      ['2016-13', 'travel', '1,5'],
    ];
    const preview = await editor.economy.actuals.importPreview({ tenant, rows });
    expect(preview.ok).toBe(false);
    if (preview.ok) return;
    expect(preview.errors).toEqual([
      { row: 3, column: 'line', key: 'import.unknownLine', value: 'finns-inte' },
      { row: 4, column: 'period', key: 'import.invalidPeriod', value: '2016-13' },
    ]);
    const commit = editor.economy.actuals.importCommit({ tenant, rows });
    expect(await outcomeOf(commit)).toBe('BAD_REQUEST');
    expect((await viewer.economy.actuals.list({ tenant, year: 2016 })).actuals).toEqual([]);
  });

  it('imports the corrected file whole, by code or by name, and the operating statement shows it', async () => {
    const rows = [header, ['2016-H1', 'premises', '10 000'], ['2016-H1', 'Resekostnader', '5 000,50']];
    const preview = await editor.economy.actuals.importPreview({ tenant, rows });
    expect(preview).toMatchObject({ ok: true, total: 1_500_050, replacing: 0 });
    expect(await editor.economy.actuals.importCommit({ tenant, rows, fileName: 'utfall.xlsx' })).toEqual({
      imported: 2,
      total: 1_500_050,
      replaced: 0,
    });
    const report = await viewer.economy.reports.operatingStatement({ tenant, year: 2016, throughMonth: 6 });
    expect(report.costs.lines.find((line) => line.code === 'travel')?.actual).toBe(500_050);
    // Through May the half-year has not ended, so nothing of it counts yet.
    const may = await viewer.economy.reports.operatingStatement({ tenant, year: 2016, throughMonth: 5 });
    expect(may.costs.total.actual).toBe(0);
    expect(await auditActions()).toContain('actuals.import');
  });

  it('refuses a month inside a half-year already booked on the same line', async () => {
    const attempt = editor.economy.actuals.save({
      tenant,
      period: '2016-03',
      lineCode: 'premises',
      amount: 100,
      note: null,
      expectedVersion: null,
    });
    expect(await outcomeOf(attempt)).toBe('BAD_REQUEST');
    const file = await editor.economy.actuals.importPreview({
      tenant,
      rows: [header, ['2016-03', 'premises', '1']],
    });
    expect(file).toMatchObject({
      ok: false,
      errors: [{ row: 2, key: 'import.overlapsEntered', value: '2016-H1' }],
    });
  });

  it('corrects an actual with its version and deletes it', async () => {
    const [actual] = (await editor.economy.actuals.list({ tenant, year: 2016 })).actuals;
    if (!actual) throw new Error('no actual');
    const saved = await editor.economy.actuals.save({
      tenant,
      period: actual.period,
      lineCode: actual.lineCode,
      amount: 42_00,
      note: 'Rättad',
      expectedVersion: actual.version,
    });
    expect(saved).toMatchObject({ amount: 42_00, note: 'Rättad', version: actual.version + 1 });
    expect(
      await outcomeOf(
        editor.economy.actuals.delete({ tenant, id: actual.id, expectedVersion: actual.version }),
      ),
    ).toBe('CONFLICT');
    await editor.economy.actuals.delete({ tenant, id: actual.id, expectedVersion: saved.version });
    expect(await auditActions()).toEqual(expect.arrayContaining(['actual.update', 'actual.delete']));
  });
});

describe('contributions', () => {
  /** 2016's contributions as one total of 3 623 000 kr, the state's two lines as one. */
  const total2016 = {
    tenant,
    year: 2016,
    period: 'year',
    basis: { kind: 'total', amount: 362_300_000 },
    stateLines: { kind: 'combined' },
  } as const;

  it('computes an agreed 50/50 key, keeps an override with its comment, and flags the deviation', async () => {
    const { members } = await editor.economy.contributions.get({ tenant, year: 2016, period: 'year' });
    const id = (name: string) => members.find((member) => member.name === name)?.id ?? '';
    const view = await editor.economy.contributions.save({
      ...total2016,
      key: {
        kind: 'agreed',
        percentages: [
          { memberId: id('Härnösands kommun'), percent: '50' },
          { memberId: id('Timrå kommun'), percent: '50' },
        ],
      },
      overrides: [
        { lineId: id('Timrå kommun'), amount: 45_300_000, comment: 'Avrundat till tkr enligt budgeten' },
      ],
      expectedVersion: null,
    });
    expect(view.split?.lines.map((line) => [line.name, line.amount / 100])).toEqual([
      ['Staten (FK+AF)', 1_811_500],
      ['Region Västernorrland', 905_750],
      ['Härnösands kommun', 452_875],
      ['Timrå kommun', 453_000],
    ]);
    expect(view.split?.deviatesFromStandard).toBe(true);
    expect(view.split?.lines[3]?.override).toEqual({
      comment: 'Avrundat till tkr enligt budgeten',
      difference: 12_500,
    });
  });

  it('refuses a key whose percentages do not add up to 100', async () => {
    const current = await editor.economy.contributions.get({ tenant, year: 2016, period: 'year' });
    const attempt = editor.economy.contributions.save({
      ...total2016,
      key: {
        kind: 'agreed',
        percentages: current.members
          .filter((member) => member.kind === 'municipality')
          .map((member) => ({ memberId: member.id, percent: '40' })),
      },
      overrides: [],
      expectedVersion: current.plan?.version ?? null,
    });
    expect(await outcomeOf(attempt)).toBe('BAD_REQUEST');
  });
});
