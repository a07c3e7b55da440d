import { createApp, createLogger, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 22: an application's attachment, downloaded through GET /api/application-attachments/:slug/:id. */
const db = useTestDatabase();
let sql: Sql;
let superuser: Sql;
let app: ReturnType<typeof createApp>;
let attachmentId: string;
const cookies: Record<string, string> = {};
const sameOrigin = { origin: 'http://localhost', 'sec-fetch-site': 'same-origin' };
const pdf = Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n');

async function logIn(email: string): Promise<string> {
  const response = await app.request('/trpc/auth.login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...sameOrigin },
    body: JSON.stringify({ email, password: 'samsyn-demo' }),
  });
  const token = /samsyn_session=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!token) throw new Error(`could not log in as ${email}: ${response.status}`);
  return `samsyn_session=${token}`;
}

async function one(query: Promise<{ id: string }[]>): Promise<string> {
  const [row] = await query;
  if (!row) throw new Error('no row');
  return row.id;
}

beforeAll(async () => {
  sql = createSql(db.current.appUrl, { max: 2 });
  superuser = createSql(db.current.superuserUrl, { max: 1 });
  app = createApp({ sql, config: loadConfig({}), log: createLogger('silent') });
  for (const email of ['viewer@gavleborg.demo', 'admin@insjoriket.demo']) cookies[email] = await logIn(email);
  const tenantId = await one(superuser`select id from tenants where slug = 'gavleborg'`);
  const applicationId = await one(superuser`
    insert into applications (tenant_id, title, status, kind) values (${tenantId}, 'Nedladdningens ansökan', 'draft', 'preStudy')
    returning id`);
  attachmentId = await one(superuser`
    insert into application_attachments (tenant_id, application_id, title, file_name, content_type, content)
    values (${tenantId}, ${applicationId}, 'Projektplan', 'Projektplan Åre.pdf', 'application/pdf', ${pdf})
    returning id`);
});
afterAll(async () => {
  await sql.end();
  await superuser.end();
});

const download = (path: string, cookie?: string, site = 'same-origin') =>
  app.request(path, { headers: { ...(cookie ? { cookie } : {}), 'sec-fetch-site': site } });

describe('downloading an application’s attachment', () => {
  it('gives a member the bytes as an attachment under its own name, never sniffed by the browser', async () => {
    const response = await download(
      `/api/application-attachments/gavleborg/${attachmentId}`,
      cookies['viewer@gavleborg.demo'],
    );
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Projektplan _re.pdf"; filename*=UTF-8''Projektplan%20%C3%85re.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses the anonymous, non-members and cross-site requests', async () => {
    const path = `/api/application-attachments/gavleborg/${attachmentId}`;
    expect((await download(path)).status).toBe(401);
    expect((await download(path, cookies['admin@insjoriket.demo'])).status).toBe(403);
    expect((await download(path, cookies['viewer@gavleborg.demo'], 'cross-site')).status).toBe(403);
  });

  it("finds nothing when a member names another förbund's attachment under their own, or none", async () => {
    const foreign = await download(
      `/api/application-attachments/insjoriket/${attachmentId}`,
      cookies['admin@insjoriket.demo'],
    );
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('PDF');
    const viewer = cookies['viewer@gavleborg.demo'];
    expect((await download('/api/application-attachments/gavleborg/inte-ett-id', viewer)).status).toBe(404);
    expect(
      (await download('/api/application-attachments/gavleborg/00000000-0000-4000-8000-000000000000', viewer))
        .status,
    ).toBe(404);
  });
});
