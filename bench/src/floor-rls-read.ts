import { pipelinedTransaction, type Sql } from '@samsyn/db';
import type { Hono } from 'hono';

/**
 * Context for the floor server: the least any read under row-level security can cost with the
 * API's transaction machinery. The floor's SELECT, but inside a READ ONLY transaction that first
 * sets `app.tenant_id` (as `enter_tenant` does once the session holds), all in ONE round trip,
 * with COMMIT behind the answer (`pipelinedTransaction`). No session check, no membership, no
 * tRPC: whatever the API does on top of this, its share of the floor can't exceed this one's.
 */
export function mountRlsRead(app: Hono, sql: Sql): void {
  app.get('/rls-floor/:id', async (c) => {
    const id = c.req.param('id');
    const [, [row]] = await pipelinedTransaction(
      sql,
      (tx) =>
        Promise.all([
          tx`select set_config('app.tenant_id', ${id}, true)`.execute(),
          tx<{ id: string; name: string }[]>`select id, name from tenants where id = ${id}`.execute(),
        ]),
      { readOnly: true },
    );
    return row ? c.json(row) : c.json({ error: 'not found' }, 404);
  });
}
