import { createHash, timingSafeEqual } from 'node:crypto';
import { pipelinedTransaction, type Sql } from '@samsyn/db';
import type { Hono } from 'hono';

const COOKIE = '__Host-samsyn_session=';

/**
 * Context for the floor server: the SQL that `tenant.get` runs, in the same order and with the
 * same pipelining, served by plain Hono without tRPC or Fetch Request/Response objects:
 * round trip 1 = BEGIN + session lookup (sets app.user_id) + membership (sets app.tenant_id);
 * round trip 2 = förbund + members; round trip 3 = COMMIT. Against the floor it shows what the
 * round trips and the RLS transaction cost; against `trpc-read` what the API's HTTP and tRPC
 * layers add. A copy of the API's queries (apps/api/src/auth/session.ts `selectSession`,
 * tenancy/tenant-transaction.ts, features/tenant/get-tenant.ts): keep it in step when they change.
 */
export function mountSqlRead(app: Hono, sql: Sql): void {
  app.get('/sql-read/:slug', async (c) => {
    const cookie = (c.req.header('cookie') ?? '').split(';').find((p) => p.trim().startsWith(COOKIE));
    const [id = '', secret = ''] = (cookie?.trim().slice(COOKIE.length) ?? '').split('.');
    const body = await pipelinedTransaction(sql, async (tx) => {
      const [[session], [tenant]] = await Promise.all([
        tx<{ secretHash: Buffer; isExpired: boolean; isActive: boolean; userId: string }[]>`
          select s.secret_hash as "secretHash",
                 l.is_expired as "isExpired",
                 s.last_active_at <= now() - make_interval(secs => ${60}) as "needsTouch",
                 u.id as "userId", u.email, u.name, u.is_active as "isActive",
                 array(select g.role from user_global_roles g where g.user_id = u.id order by g.role) as "globalRoles",
                 case when ${true} and u.is_active and not l.is_expired
                      then set_config('app.user_id', u.id::text, true) end as "currentUser"
          from sessions s
          join users u on u.id = s.user_id
          cross join lateral (
            select s.last_active_at <= now() - make_interval(secs => ${14_400})
                or s.created_at <= now() - make_interval(secs => ${43_200}) as is_expired
          ) l
          where s.id = ${id}`,
        tx<{ id: string; slug: string; name: string; status: string; role: string }[]>`
          select t.id, t.slug, t.name, t.status, m.role,
                 set_config('app.tenant_id', t.id::text, true),
                 set_config('app.request_id', ${'floor'}, true)
          from tenants t
          join memberships m on m.tenant_id = t.id and m.user_id = current_user_id() and m.is_active
          where t.slug = ${c.req.param('slug')}`,
      ]);
      const hash = createHash('sha256').update(secret).digest();
      if (!session || !timingSafeEqual(hash, session.secretHash) || session.isExpired || !session.isActive) {
        return 'unauthorized' as const;
      }
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
    if (body === 'unauthorized') return c.json({ error: 'unauthorized' }, 401);
    return body ? c.json({ result: { data: body } }) : c.json({ error: 'forbidden' }, 403);
  });
}
