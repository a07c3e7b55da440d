import { Writable } from 'node:stream';
import { createApp, createLogger, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productionApp } from './support/production-app.ts';

const db = useTestDatabase();
let sql: Sql;
let logLines: string[];
let app: ReturnType<typeof createApp>;

const ORIGIN = 'http://localhost';
const jsonPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const sameOrigin = { origin: ORIGIN, 'sec-fetch-site': 'same-origin' };

beforeAll(() => {
  sql = createSql(db.current.appUrl, { max: 2 });
  logLines = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  app = createApp({ sql, config: loadConfig({}), log: pino({ level: 'info' }, sink) });
});
afterAll(() => sql.end());

describe('health', () => {
  it('answers /healthz with status ok', async () => {
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 when the database answers', async () => {
    expect((await app.request('/readyz')).status).toBe(200);
  });

  it('answers /readyz with 503 when the database does not', async () => {
    const deadSql = createSql('postgres://nobody:x@127.0.0.1:1/none', { max: 1 });
    const broken = createApp({ sql: deadSql, config: loadConfig({}), log: createLogger('silent') });
    const response = await broken.request('/readyz');
    expect(response.status).toBe(503);
    await deadSql.end();
  });
});

describe('security headers', () => {
  it('sets CSP, nosniff, frame-ancestors and referrer policy, and a request id', async () => {
    const response = await app.request('/healthz');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends HSTS only in production', async () => {
    expect((await app.request('/healthz')).headers.get('strict-transport-security')).toBeNull();
    const production = await productionApp(sql);
    expect((await production.request('/healthz')).headers.get('strict-transport-security')).toContain(
      'max-age=',
    );
  });
});

describe('the built web app in production', () => {
  it('serves index.html for deep links (history fallback), uncached', async () => {
    const response = await (await productionApp(sql)).request('/f/gavleborg/oversikt');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Samsyn</title>');
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await (await productionApp(sql)).request('/assets/app-1234.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('immutable');
  });
});

describe('cross-origin requests', () => {
  const login = { email: 'editor@gavleborg.demo', password: 'samsyn-demo' };

  it('accepts a same-origin login and sets the session cookie', async () => {
    const response = await jsonPost('/trpc/auth.login', login, sameOrigin);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toMatch(/^samsyn_session=[a-z2-7]+\.[a-z2-7]+;.*HttpOnly/);
  });

  it('refuses a POST that the browser labels cross-site, even with a JSON content type', async () => {
    const response = await jsonPost('/trpc/auth.login', login, {
      origin: 'https://evil.example',
      'sec-fetch-site': 'cross-site',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a POST from a sibling site', async () => {
    const response = await jsonPost('/trpc/auth.login', login, { 'sec-fetch-site': 'same-site' });
    expect(response.status).toBe(403);
  });

  it('refuses a POST from another origin when the browser sends no Sec-Fetch-Site', async () => {
    expect((await jsonPost('/trpc/auth.login', login, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('refuses a POST that carries neither Origin nor Sec-Fetch-Site', async () => {
    expect((await jsonPost('/trpc/auth.login', login)).status).toBe(403);
  });

  it('lets GET requests through without an origin', async () => {
    expect((await app.request('/trpc/auth.me')).status).toBe(200);
  });
});

describe('tRPC over HTTP', () => {
  it('refuses a batch larger than the limit', async () => {
    const paths = Array.from({ length: 11 }, () => 'auth.me').join(',');
    const response = await app.request(`/trpc/${paths}?batch=1&input={}`);
    expect(response.status).toBe(400);
  });

  it('accepts a batch at the limit', async () => {
    const paths = Array.from({ length: 10 }, () => 'auth.me').join(',');
    expect((await app.request(`/trpc/${paths}?batch=1&input={}`)).status).toBe(200);
  });

  it('answers a database it cannot reach with 503 service.unavailable and no internals', async () => {
    const deadSql = createSql('postgres://nobody:x@127.0.0.1:1/none', { max: 1 });
    const broken = createApp({ sql: deadSql, config: loadConfig({}), log: createLogger('silent') });
    const response = await broken.request('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...sameOrigin },
      body: JSON.stringify({ email: 'a@b.se', password: 'x' }),
    });
    const body = await response.json();
    expect(response.status).toBe(503);
    expect(body.error.data).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'service.unavailable' });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1/);
    await deadSql.end();
  });

  it('logs requests without cookies, tokens or passwords', async () => {
    const response = await jsonPost(
      '/trpc/auth.login',
      { email: 'viewer@gavleborg.demo', password: 'samsyn-demo' },
      sameOrigin,
    );
    const token = /samsyn_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? '';
    expect(token).not.toBe('');
    await app.request('/trpc/auth.me', { headers: { cookie: `samsyn_session=${token}` } });
    const log = logLines.join('');
    expect(log).toContain('"path":"/trpc/auth.me"');
    expect(log).not.toContain(token.split('.')[1]);
    expect(log).not.toContain('samsyn-demo');
  });
});
