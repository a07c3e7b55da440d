import { createApp, loadConfig } from '@samsyn/api';
import { createTestApi, type TestApi } from '@samsyn/api/testing';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Issue 24: the number of förbund that reported, per county (and nationally), is withheld when it
 * is one or two, like the figures behind it. Which förbund exist in a county is public, so
 * "Gävleborgs län 1" named the one that reported.
 */
const db = useTestDatabase();
let api: TestApi;
let superuser: Sql;
let sql: Sql;
let app: ReturnType<typeof createApp>;

/** A year in which Gävleborg (county 21) alone reported. */
const lonelyYear = 2031;

beforeAll(async () => {
  api = createTestApi(db.current.appUrl);
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  sql = createSql(db.current.appUrl, { max: 2 });
  app = createApp({ sql, config: { ...loadConfig({}), trustProxy: true }, log: pino({ level: 'silent' }) });
  await superuser`
    insert into national_figures (tenant_id, year, total_costs_ore, revenue_ore, individual_interventions)
    select id, ${lonelyYear}, 500000000, 500000000, 4 from tenants where slug = 'gavleborg'`;
});
afterAll(async () => {
  await api.close();
  await superuser.end();
  await sql.end();
});

describe('the count of förbund behind national figures', () => {
  it('shows a county with one reporting förbund as "..", not 1, in the county table and behind each figure', async () => {
    const overview = await (await api.callerFor('network@samsyn.demo')).national.overview({
      year: lonelyYear,
    });
    expect(overview.year).toBe(lonelyYear);
    const gavleborg = overview.counties.find((county) => county.countyCode === '21');
    expect(gavleborg?.forbund).toBe('..');
    const count = gavleborg?.figures.find((figure) => figure.kpiId === 'SAM001');
    expect([count?.value, count?.contributors]).toEqual(['..', '..']);
    expect(gavleborg?.figures.find((figure) => figure.kpiId === 'SAM011')?.contributors).toBe('..');
    expect(JSON.stringify(overview.counties)).not.toMatch(/"(forbund|contributors)":[12]\b/);
    const national = overview.national.find((figure) => figure.kpiId === 'SAM001');
    expect([national?.value, national?.contributors]).toEqual(['..', '..']);
  });

  it('still shows a count of three or more', async () => {
    const overview = await (await api.callerFor('network@samsyn.demo')).national.overview({ year: 2025 });
    expect(overview.national.find((figure) => figure.kpiId === 'SAM001')?.value).toBeGreaterThanOrEqual(40);
    const shown = overview.counties.filter((county) => typeof county.forbund === 'number');
    expect(shown.length).toBeGreaterThan(0);
    for (const county of shown) expect(county.forbund).toBeGreaterThanOrEqual(3);
  });

  it('withholds the count in the open data as well', async () => {
    const response = await app.request(`/api/v1/kpis/SAM001/values?year=${lonelyYear}`, {
      headers: { 'x-forwarded-for': '10.0.1.1' },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { scope: string; code: string | null; value: unknown; contributors: unknown }[];
    };
    expect(body.data.filter((value) => value.scope !== 'forbund')).toEqual([
      { scope: 'nation', code: null, name: 'Riket', value: '..', q1: null, q3: null, contributors: '..' },
      {
        scope: 'county',
        code: '21',
        name: 'Gävleborgs län',
        value: '..',
        q1: null,
        q3: null,
        contributors: '..',
      },
    ]);
  });
});
