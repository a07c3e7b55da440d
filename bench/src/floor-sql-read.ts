import { createHash, timingSafeEqual } from 'node:crypto';
import type { Sql } from '@samsyn/db';
import type { Hono } from 'hono';

const COOKIE = '__Host-samsyn_session=';

/**
 * Context for the floor server: the SQL that `tenant.get` runs, in the same order and with the
 * same pipelining (session lookup; BEGIN; set_config + membership; förbund + members; COMMIT),
 * served by plain Hono without tRPC or Fetch Request/Response objects. Against the floor it
 * shows what the round trips and the RLS transaction cost; against `trpc-read` what the API's
 * HTTP and tRPC layers add. A copy of the API's queries (apps/api/src/auth/session.ts,
 * tenancy/tenant-transaction.ts, features/tenant/get-tenant.ts): keep it in step when they change.
 */
export function mountSqlRead(app: Hono, sql: Sql): void {
  app.get('/sql-read/:slug', async (c) => {
    const cookie = (c.req.header('cookie') ?? '').split(';').find((p) => p.trim().startsWith(COOKIE));
    const [id = '', secret = ''] = (cookie?.trim().slice(COOKIE.length) ?? '').split('.');
    const [session] = await sql<{ secretHash: Buffer; isExpired: boolean; userId: string }[]>`
      select s.secret_hash as "secretHash",
             (s.last_active_at <= now() - make_interval(secs => ${14_400})
               or s.created_at <= now() - make_interval(secs => ${43_200})) as "isExpired",
             s.last_active_at <= now() - make_interval(secs => ${60}) as "needsTouch",
             u.id as "userId", u.email, u.name, u.is_active as "isActive",
             array(select g.role from user_global_roles g where g.user_id = u.id order by g.role) as "globalRoles"
      from sessions s join users u on u.id = s.user_id
      where s.id = ${id}`;
    const hash = createHash('sha256').update(secret).digest();
    if (!session || session.isExpired || !timingSafeEqual(hash, session.secretHash)) {
      return c.json({ error: 'unauthorized' }, 401);
    }
    const userId = session.userId;
    const body = await sql.begin(async (tx) => {
      const [, [tenant]] = await Promise.all([
        tx`select set_config('app.user_id', ${userId}, true), set_config('app.request_id', ${'floor'}, true)`,
        tx<{ id: string; slug: string; name: string; status: string; role: string }[]>`
          select t.id, t.slug, t.name, t.status, m.role, set_config('app.tenant_id', t.id::text, true)
          from tenants t
          join memberships m on m.tenant_id = t.id and m.user_id = ${userId} and m.is_active
          where t.slug = ${c.req.param('slug')}`,
      ]);
      if (!tenant) return null;
      const [[row], members] = await Promise.all([
        tx`select org_number as "orgNumber", county_code as "countyCode" from tenants where id = ${tenant.id}`,
        tx`
          select id, kind, name, official_code as "officialCode",
                 to_char(joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(left_on, 'YYYY-MM-DD') as "leftOn", version
          from members where tenant_id = ${tenant.id}
          order by case kind when 'fk' then 0 when 'af' then 1 when 'region' then 2 else 3 end, name`,
      ]);
      return { ...tenant, ...row, members: [...members] };
    });
    return body ? c.json({ result: { data: body } }) : c.json({ error: 'forbidden' }, 403);
  });
}
