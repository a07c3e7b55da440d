import { createApp, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { kpiDefinitions } from '@samsyn/domain';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The open data API answers without login, with suppression, paginated, and as its OpenAPI document says. */
const db = useTestDatabase();
let sql: Sql;
let superuser: Sql;
let app: ReturnType<typeof createApp>;
let document: { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
let address = 0;

/** Each test its own client address, so the rate limit test alone exhausts a bucket. */
const get = (path: string, from = `10.0.0.${++address}`) =>
  app.request(path, { headers: { 'x-forwarded-for': from } });

beforeAll(async () => {
  sql = createSql(db.current.appUrl, { max: 2 });
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  app = createApp({ sql, config: { ...loadConfig({}), trustProxy: true }, log: pino({ level: 'silent' }) });
  document = await (await get('/api/v1/openapi.json')).json();
});
afterAll(async () => {
  await sql.end();
  await superuser.end();
});

/** A validator for one schema of the OpenAPI document (JSON Schema 2020-12, refs resolved within it). */
function validatorFor(schemaName: string): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: 'openapi.json', ...document });
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${schemaName}`);
  if (!validate) throw new Error(`no schema ${schemaName}`);
  return validate;
}

const expectValid = (validate: ValidateFunction, body: unknown) => {
  const ok = validate(body);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
};

describe('GET /api/v1/openapi.json', () => {
  it('is an OpenAPI 3.1 document describing every route', () => {
    expect((document as unknown as { openapi: string }).openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual(['/kpis', '/kpis/{id}/values', '/openapi.json']);
  });
});

describe('GET /api/v1/kpis', () => {
  it('lists every key-figure definition, without login, valid against the document', async () => {
    const response = await get('/api/v1/kpis');
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    expectValid(validatorFor('KpiList'), body);
    expect(body.data.map((k: { id: string }) => k.id)).toEqual(kpiDefinitions.map((k) => k.id));
  });
});

describe('GET /api/v1/kpis/{id}/values', () => {
  it.each(kpiDefinitions.map((k) => k.id))(
    'answers %s with nation, counties and shared förbund, valid against the document',
    async (id) => {
      const response = await get(`/api/v1/kpis/${id}/values?year=2024&pageSize=500`);
      expect(response.status).toBe(200);
      const body = await response.json();
      expectValid(validatorFor('KpiValues'), body);
      expect(body.data[0]).toMatchObject({ scope: 'nation', name: 'Riket' });
      const kpi = kpiDefinitions.find((k) => k.id === id);
      const named = body.data.filter((v: { scope: string }) => v.scope === 'forbund');
      if (kpi?.kind === 'participants' || kpi?.nationalFigure === 'count') expect(named).toEqual([]);
      if (kpi?.suppression === 'count_cells') {
        for (const value of body.data)
          if (typeof value.value === 'number') expect(value.value === 0 || value.value >= 5).toBe(true);
      }
    },
  );

  it('names only förbund that share named figures', async () => {
    const body = await (await get('/api/v1/kpis/SAM002/values?year=2024&pageSize=500')).json();
    const sharing = new Set(
      (
        await superuser<{ name: string }[]>`
          select t.name from tenants t join tenant_settings s on s.tenant_id = t.id where s.share_named_figures`
      ).map((r) => r.name),
    );
    const named = body.data.filter((v: { scope: string }) => v.scope === 'forbund');
    expect(named.length).toBeGreaterThan(0);
    for (const value of named) expect(sharing.has(value.name)).toBe(true);
  });

  it('pages through the values with a next link', async () => {
    const first = await (await get('/api/v1/kpis/SAM002/values?year=2024&pageSize=5')).json();
    expect(first.data).toHaveLength(5);
    expect(first.meta).toMatchObject({ page: 1, pageSize: 5 });
    expect(first.meta.next).toBe('/api/v1/kpis/SAM002/values?year=2024&page=2&pageSize=5');
    const second = await (await get(first.meta.next)).json();
    expectValid(validatorFor('KpiValues'), second);
    expect(second.data[0]).not.toEqual(first.data[0]);
  });

  it('answers an unknown key figure with 404 and a bad parameter with 400, as documented', async () => {
    const unknown = await get('/api/v1/kpis/SAM999/values');
    expect(unknown.status).toBe(404);
    expectValid(validatorFor('Error'), await unknown.json());
    const bad = await get('/api/v1/kpis/SAM002/values?pageSize=100000');
    expect(bad.status).toBe(400);
    expectValid(validatorFor('Error'), await bad.json());
  });

  it('limits one address to 60 requests in a burst, then answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 62; i++) statuses.push((await get('/api/v1/kpis', '10.9.9.9')).status);
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    const limited = await get('/api/v1/kpis', '10.9.9.9');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expectValid(validatorFor('Error'), await limited.json());
    expect((await get('/api/v1/kpis', '10.9.9.10')).status).toBe(200);
  });
});
