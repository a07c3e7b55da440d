import { createTestApi, outcomeOf, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { kpiDefinitions } from '@samsyn/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * National views: the aggregate functions return only aggregates over at least three förbund, the
 * app role reads no other förbund's figures, and no published participant count is 1–4.
 */
const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let app: Sql;
let gavleborgId: string;

const participantCountKpis = kpiDefinitions.filter((k) => k.suppression === 'count_cells').map((k) => k.id);

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  app = createSql(db.current.appUrl, { max: 1 });
  const [row] = await superuser<{ id: string }[]>`select id from tenants where slug = 'gavleborg'`;
  if (!row) throw new Error('gavleborg missing');
  gavleborgId = row.id;
});
afterAll(async () => {
  await api.close();
  await superuser.end();
  await app.end();
});

const asTenant = <T>(tenantId: string | null, work: (tx: Sql) => Promise<T>) =>
  app.begin(async (tx) => {
    await tx`select set_config('app.tenant_id', ${tenantId ?? ''}, true)`;
    return work(tx as unknown as Sql);
  }) as Promise<T>;

describe('the summary table and the aggregate functions', () => {
  it('holds figures of the demo förbund (kept by triggers) and of the synthetic ones', async () => {
    const rows = await superuser<{ synthetic: boolean; n: number }[]>`
      select t.is_synthetic as synthetic, count(distinct f.tenant_id)::int as n
      from national_figures f join tenants t on t.id = f.tenant_id group by 1 order by 1`;
    expect(rows).toEqual([
      { synthetic: false, n: 3 },
      { synthetic: true, n: 40 },
    ]);
  });

  it('keeps a förbund row current when its participant figures change (trigger on write)', async () => {
    const women = async () =>
      (
        await superuser<{ women: number }[]>`
          select participants_women as women from national_figures where tenant_id = ${gavleborgId} and year = 2019`
      )[0]?.women ?? 0;
    const before = await women();
    // One period of an individual intervention at its coarsest reporting (what the year is built from).
    const [target] = await superuser<{ interventionId: string; period: string }[]>`
      select distinct on (intervention_id) intervention_id as "interventionId", period from participant_figures
      where tenant_id = ${gavleborgId} and kind = 'individual' and period_start between '2019-01-01' and '2019-12-31'
      order by intervention_id, case period_type when 'year' then 0 when 'half_year' then 1 else 2 end, period_start
      limit 1`;
    if (!target) throw new Error('no 2019 figures for Gävleborg');
    await superuser`
      update participant_figures
      set figures = jsonb_set(jsonb_set(figures, '{new,women}', to_jsonb((figures #>> '{new,women}')::int + 10)),
                              '{new,total}', to_jsonb((figures #>> '{new,total}')::int + 10))
      where tenant_id = ${gavleborgId} and intervention_id = ${target.interventionId} and period = ${target.period}`;
    expect(await women()).toBe(before + 10);
  });

  it('shows the app role no figures outside a förbund and only its own inside one', async () => {
    expect(await asTenant(null, (tx) => tx`select * from national_figures`)).toHaveLength(0);
    const own = await asTenant(
      gavleborgId,
      (tx) => tx<{ tenant_id: string }[]>`select tenant_id from national_figures`,
    );
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((row) => row.tenant_id))).toEqual(new Set([gavleborgId]));
  });

  it.each([
    'select * from national_kpi_base(2016, 2025)',
    `select national_similar_ids('${'00000000-0000-4000-8000-000000000000'}', 2024, 5)`,
    `select refresh_national_figures('${'00000000-0000-4000-8000-000000000000'}', 2024)`,
    'insert into national_figures (tenant_id, year) select id, 2030 from tenants limit 1',
  ])('refuses the app role the per-förbund internals: %s', async (statement) => {
    await expect(asTenant(null, (tx) => tx.unsafe(statement))).rejects.toThrow(
      /permission denied|row-level security/,
    );
  });

  it('returns aggregates without a förbund id, and withholds every county figure with fewer than three förbund behind it', async () => {
    const rows = await app<
      Record<string, unknown>[]
    >`select * from national_kpi_aggregates(2016, 2025, true)`;
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
      [
        'contributors',
        'county_code',
        'kpi_id',
        'median',
        'part',
        'q1',
        'q3',
        'value',
        'whole',
        'year',
      ].sort(),
    );
    const ids = new Set((await superuser<{ id: string }[]>`select id from tenants`).map((r) => r.id));
    expect(JSON.stringify(rows)).not.toMatch(new RegExp([...ids].join('|')));
    const small = rows.filter(
      (r) => r.kpi_id !== 'SAM001' && (r.contributors as number) > 0 && (r.contributors as number) < 3,
    );
    expect(small.length).toBeGreaterThan(0);
    for (const row of small) {
      expect([row.value, row.part, row.whole, row.q1, row.median, row.q3]).toEqual([
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
    }
  });

  it('refuses the own-förbund comparison outside a tenant transaction', async () => {
    await expect(asTenant(null, (tx) => tx`select * from national_own_comparison(2024)`)).rejects.toThrow(
      /needs a förbund/,
    );
  });

  it('names only similar förbund that share named figures, with economic figures only', async () => {
    const synthetic = await superuser<{ id: string }[]>`select id from tenants where slug = 'syntetiskt-5'`;
    const rows = await asTenant(
      synthetic[0]?.id ?? null,
      (tx) => tx<{ name: string; kpi_id: string }[]>`select name, kpi_id from national_similar_named(2024)`,
    );
    const sharing = new Set(
      (
        await superuser<{ name: string }[]>`
          select t.name from tenants t join tenant_settings s on s.tenant_id = t.id where s.share_named_figures`
      ).map((r) => r.name),
    );
    for (const row of rows) {
      expect(sharing.has(row.name)).toBe(true);
      expect(kpiDefinitions.find((k) => k.id === row.kpi_id)?.kind).toBe('economy');
    }
  });

  it('keeps the database catalogue of key figures in step with the domain', async () => {
    const rows = await app<{ id: string; kind: string; national_figure: string; suppression: string }[]>`
      select id, kind, national_figure, suppression from national_kpis order by id`;
    expect(rows).toEqual(
      kpiDefinitions.map((k) => ({
        id: k.id,
        kind: k.kind,
        national_figure: k.nationalFigure,
        suppression: k.suppression,
      })),
    );
  });
});

/** Every published participant count in an overview. */
function participantCells(
  overview: Awaited<ReturnType<Awaited<ReturnType<TestApi['callerFor']>>['national']['overview']>>,
) {
  const cells: unknown[] = [];
  for (const year of overview.trend)
    for (const figure of year.figures)
      if (participantCountKpis.includes(figure.kpiId)) cells.push(figure.value);
  for (const county of overview.counties)
    for (const figure of county.figures)
      if (participantCountKpis.includes(figure.kpiId)) cells.push(figure.value);
  return cells;
}

describe('national.overview', () => {
  it('gives the network user every key figure nationally, by county and over the years', async () => {
    const caller = await api.callerFor('network@samsyn.demo');
    const overview = await caller.national.overview({});
    expect(overview.year).toBe(2025);
    expect(overview.kpis).toHaveLength(kpiDefinitions.length);
    const count = overview.national.find((f) => f.kpiId === 'SAM001');
    expect(count?.value).toBeGreaterThanOrEqual(40);
    expect(overview.trend.map((t) => t.year)).toEqual(expect.arrayContaining([2016, 2025]));
    expect(overview.counties.length).toBeGreaterThan(5);
    const equity = overview.national.find((f) => f.kpiId === 'SAM009');
    expect(typeof equity?.value).toBe('number');
    expect(typeof equity?.q1).toBe('number');
  });

  it('gives a förbund viewer the same overview', async () => {
    const network = await (await api.callerFor('network@samsyn.demo')).national.overview({ year: 2020 });
    const viewer = await (await api.callerFor('viewer@insjoriket.demo')).national.overview({ year: 2020 });
    expect(viewer).toEqual(network);
  });

  it('refuses a platform admin (FORBIDDEN) and an anonymous caller (UNAUTHORIZED)', async () => {
    expect(await outcomeOf((await api.callerFor('platform@samsyn.demo')).national.overview({}))).toBe(
      'FORBIDDEN',
    );
    expect(await outcomeOf((await api.caller()).national.overview({}))).toBe('UNAUTHORIZED');
  });

  it('publishes no participant count of 1–4, anywhere', async () => {
    const overview = await (await api.callerFor('network@samsyn.demo')).national.overview({});
    const cells = participantCells(overview);
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) if (typeof cell === 'number') expect(cell === 0 || cell >= 5).toBe(true);
  });

  it('hides a small national count and a complement, so it cannot be recomputed from the total', async () => {
    // Three förbund with one participant of other or unknown gender in 2017: a national cell of 3.
    await superuser`
      update national_figures f set participants_other = case when x.n <= 3 then 1 else 0 end, refreshed_at = clock_timestamp()
      from (select tenant_id, row_number() over (order by tenant_id) as n from national_figures where year = 2017) x
      where f.tenant_id = x.tenant_id and f.year = 2017`;
    const overview = await (await api.callerFor('network@samsyn.demo')).national.overview({ year: 2017 });
    const figure = (id: string) => overview.national.find((f) => f.kpiId === id)?.value;
    expect(figure('SAM016')).toBe('..');
    const line = ['SAM013', 'SAM014', 'SAM015'].map(figure);
    expect(line.filter((value) => value === '..').length).toBeGreaterThanOrEqual(1);
    for (const cell of participantCells(overview))
      if (typeof cell === 'number') expect(cell === 0 || cell >= 5).toBe(true);
  });
});

describe('national.compare', () => {
  it("gives a viewer the förbund's own values beside the national quartiles", async () => {
    const caller = await api.callerFor('viewer@gavleborg.demo');
    const comparison = await caller.national.compare({ tenant: 'gavleborg', year: 2019 });
    expect(comparison.year).toBe(2019);
    expect(comparison.rows).toHaveLength(kpiDefinitions.length);
    const participants = comparison.rows.find((r) => r.kpiId === 'SAM013');
    expect(participants?.own).toBeGreaterThan(0);
    expect(typeof participants?.nation.median).toBe('number');
    expect([1, 2, 3, 4, null]).toContain(participants?.quartile);
  });

  it('names a similar förbund only when it shares named figures', async () => {
    const caller = await api.callerFor('viewer@gavleborg.demo');
    const comparison = await caller.national.compare({ tenant: 'gavleborg', year: 2019 });
    const sharing = new Set(
      (
        await superuser<{ name: string }[]>`
          select t.name from tenants t join tenant_settings s on s.tenant_id = t.id where s.share_named_figures`
      ).map((r) => r.name),
    );
    for (const named of comparison.similarNamed) expect(sharing.has(named.name)).toBe(true);
  });

  it('is FORBIDDEN to the network user, who sees aggregates only', async () => {
    const caller = await api.callerFor('network@samsyn.demo');
    expect(await outcomeOf(caller.national.compare({ tenant: 'gavleborg' }))).toBe('FORBIDDEN');
  });
});
