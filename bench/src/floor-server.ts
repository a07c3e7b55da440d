// The floor: the least a Samsyn read can cost on this stack. Hono on @hono/node-server and a
// postgres.js pool with the API's own settings (createSql, same pool size), connected as the
// same app role, doing ONE primary-key SELECT per request: no session, no transaction, no
// set_config, no tRPC. It reads `tenants` by id because that table is readable by the app role
// without a tenant context (it has no row-level security), so the query is a single round trip.
// Every scenario is reported as a ratio to this, which makes results comparable across machines.
// `/bare` (no database at all) shows what HTTP + Hono alone cost; `/rls-floor/:id` is the floor's
// SELECT inside the API's read transaction (floor-rls-read.ts); `/sql-read/:slug` runs the SQL of
// the tRPC read without tRPC (floor-sql-read.ts); `/naive/trpc/tenant.get` is the same read built
// the way issue 7 calls naive, the read budgets' reference (floor-naive-read.ts), and
// `/naive-write/trpc/interventions.create` the write's (floor-naive-write.ts).
import { serve } from '@hono/node-server';
import { loadConfig } from '@samsyn/api';
import { createSql } from '@samsyn/db';
import { Hono } from 'hono';
import { mountNaiveRead } from './floor-naive-read.ts';
import { mountNaiveWrite } from './floor-naive-write.ts';
import { mountRlsRead } from './floor-rls-read.ts';
import { mountSqlRead } from './floor-sql-read.ts';

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error('DATABASE_URL is required');
const port = Number(process.env.PORT);

// The API's pool size, from the same setting (DATABASE_POOL_SIZE) and default.
const sql = createSql(databaseUrl, {
  max: loadConfig().databasePoolSize,
  applicationName: 'samsyn-bench-floor',
});
const app = new Hono();

app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.get('/bare', (c) => c.json({ status: 'ok' }));
app.get('/floor/:id', async (c) => {
  const [row] = await sql<{ id: string; name: string }[]>`
    select id, name from tenants where id = ${c.req.param('id')}`;
  return row ? c.json(row) : c.json({ error: 'not found' }, 404);
});

mountRlsRead(app, sql);
mountSqlRead(app, sql);
mountNaiveRead(app, sql);
mountNaiveWrite(app, sql);

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
const shutdown = async () => {
  server.close();
  await sql.end({ timeout: 5 });
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
