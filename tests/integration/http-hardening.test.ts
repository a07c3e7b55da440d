import { createApp, createLogger, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn } from './support/log-in.ts';
import { productionApp } from './support/production-app.ts';

/** Issue 17, points 6 and 7: cross-site reads, caching and the headers on every answer. */
const db = useTestDatabase();
let sql: Sql;
let app: ReturnType<typeof createApp>;
let adminCookie: string;

beforeAll(async () => {
  sql = createSql(db.current.appUrl, { max: 2 });
  app = createApp({ sql, config: loadConfig({}), log: createLogger('silent') });
  adminCookie = await logIn(app, 'admin@gavleborg.demo');
});
afterAll(() => sql.end());

describe('data-carrying GETs refuse cross-site requests', () => {
  const exportWith = (site?: string) =>
    app.request('/api/export/gavleborg', {
      headers: { cookie: adminCookie, ...(site ? { 'sec-fetch-site': site } : {}) },
    });

  it('refuses the export when another site sent the browser there', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await exportWith(site);
      expect(response.status, site).toBe(403);
      expect(response.headers.get('content-type')).not.toContain('zip');
    }
  });

  it('writes no audit entry for a refused export', async () => {
    const owner = createSql(db.current.ownerUrl, { max: 1 });
    try {
      const count = async () =>
        (await owner`select count(*)::int as n from audit_log where action = 'tenant.export'`)[0]?.n;
      const before = await count();
      await exportWith('cross-site');
      expect(await count()).toBe(before);
    } finally {
      await owner.end();
    }
  });

  it('serves the export to our own page, a typed address and a non-browser client', async () => {
    for (const site of ['same-origin', 'none', undefined]) {
      const response = await exportWith(site);
      expect(response.status, String(site)).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
    }
  });

  it('refuses a cross-site tRPC read, even a public one', async () => {
    const response = await app.request('/trpc/tenant.get?input={"tenant":"gavleborg"}', {
      headers: { cookie: adminCookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
    expect((await app.request('/trpc/auth.me', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(
      403,
    );
  });
});

describe('caching and headers', () => {
  it('marks every tRPC answer no-store, successes and failures alike', async () => {
    const ok = await app.request('/trpc/tenant.get?input={"tenant":"gavleborg"}', {
      headers: { cookie: adminCookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const denied = await app.request('/trpc/tenant.get?input={"tenant":"gavleborg"}');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('cache-control')).toBe('no-store');
    expect(
      (await app.request('/api/export/gavleborg', { headers: { cookie: adminCookie } })).headers.get(
        'cache-control',
      ),
    ).toBe('no-store');
  });

  it('sends a Permissions-Policy that turns off what Samsyn never uses', async () => {
    const policy = (await app.request('/healthz')).headers.get('permissions-policy') ?? '';
    for (const feature of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']) {
      expect(policy).toContain(feature);
    }
  });

  it('puts an X-Request-Id on every answer, errors included', async () => {
    const production = await productionApp(sql);
    const answers = [
      await app.request('/healthz'),
      await app.request('/trpc/tenant.get?input={"tenant":"gavleborg"}'),
      await app.request('/trpc/no.such.procedure'),
      await app.request('/api/export/gavleborg', { headers: { 'sec-fetch-site': 'cross-site' } }),
      await app.request('/api/v1/nope'),
      await production.request('/assets/nope.js'),
      await production.request('/f/gavleborg'),
    ];
    for (const [index, response] of answers.entries()) {
      expect(response.headers.get('x-request-id') ?? '', `answer ${index}: ${response.status}`).toMatch(
        /^[0-9a-f-]{36}$/,
      );
    }
  });

  it('answers an unknown asset with an uncached 404, not the app', async () => {
    const production = await productionApp(sql);
    const response = await production.request('/assets/nope.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).not.toContain('<title>Samsyn</title>');
    const known = await production.request('/assets/app-1234.js');
    expect(known.status).toBe(200);
    expect(known.headers.get('cache-control')).toContain('immutable');
  });
});
