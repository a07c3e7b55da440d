import { createApp, createLogger, loadConfig } from '@samsyn/api';
import { createSql, type Sql } from '@samsyn/db';
import { useTestDatabase } from '@samsyn/db/testing/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Issue 21: an agenda item's uploaded file, downloaded through GET /api/board-documents/:slug/:id. */
const db = useTestDatabase();
let sql: Sql;
let superuser: Sql;
let app: ReturnType<typeof createApp>;
let documentId: string;
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
  const bodyId = await one(superuser`
    insert into board_bodies (tenant_id, kind, name) values (${tenantId}, 'other', 'Nedladdningens styrelse')
    returning id`);
  const meetingId = await one(superuser`
    insert into board_meetings (tenant_id, body_id, meeting_date) values (${tenantId}, ${bodyId}, '2020-03-01')
    returning id`);
  const itemId = await one(superuser`
    insert into board_agenda_items (tenant_id, meeting_id, position, title)
    values (${tenantId}, ${meetingId}, 0, 'Årsredovisning') returning id`);
  documentId = await one(superuser`
    insert into board_item_documents (tenant_id, item_id, kind, title, file_name, content_type, content)
    values (${tenantId}, ${itemId}, 'file', 'Årsredovisning 2019.pdf', 'Årsredovisning 2019.pdf',
            'application/pdf', ${pdf}) returning id`);
});
afterAll(async () => {
  await sql.end();
  await superuser.end();
});

const download = (path: string, cookie?: string, site = 'same-origin') =>
  app.request(path, { headers: { ...(cookie ? { cookie } : {}), 'sec-fetch-site': site } });

describe('downloading an agenda item’s file', () => {
  it('gives a member the bytes as an attachment under its own name, never sniffed by the browser', async () => {
    const response = await download(
      `/api/board-documents/gavleborg/${documentId}`,
      cookies['viewer@gavleborg.demo'],
    );
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="_rsredovisning 2019.pdf"; filename*=UTF-8''%C3%85rsredovisning%202019.pdf`,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses the anonymous, non-members and cross-site requests', async () => {
    const path = `/api/board-documents/gavleborg/${documentId}`;
    expect((await download(path)).status).toBe(401);
    expect((await download(path, cookies['admin@insjoriket.demo'])).status).toBe(403);
    expect((await download(path, cookies['viewer@gavleborg.demo'], 'cross-site')).status).toBe(403);
  });

  it("finds nothing when a member names another förbund's file under their own, or no file", async () => {
    const insjoriket = cookies['admin@insjoriket.demo'];
    const foreign = await download(`/api/board-documents/insjoriket/${documentId}`, insjoriket);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('PDF');
    const viewer = cookies['viewer@gavleborg.demo'];
    expect((await download('/api/board-documents/gavleborg/inte-ett-id', viewer)).status).toBe(404);
    expect(
      (await download('/api/board-documents/gavleborg/00000000-0000-4000-8000-000000000000', viewer)).status,
    ).toBe(404);
  });
});
