import { timingSafeEqual } from 'node:crypto';
import { sha256Bytes } from '@samsyn/api';
import { pipelinedTransaction, type Sql } from '@samsyn/db';
import type { Hono } from 'hono';
import { sessionOf, sessionTimes } from './floor-session.ts';

/**
 * Context for the floor server: the SQL that `tenant.get` runs, in the same order and with the
 * same pipelining, served by plain Hono without tRPC or Fetch Request/Response objects. Once a
 * session has entered its förbund, ONE round trip carries BEGIN READ ONLY, `enter_tenant` (session,
 * app.user_id, membership, app.tenant_id) and the two reads behind it; COMMIT follows the answer.
 * Against the floor it shows what the RLS transaction costs; against `trpc-read` what the API's
 * HTTP and tRPC layers add. A copy of the API's queries (apps/api/src/tenancy/tenant-transaction.ts,
 * features/tenant/get-tenant.ts): keep it in step when they change.
 */
export function mountSqlRead(app: Hono, sql: Sql): void {
  // As the API's entry cache: the förbund id this session found last time, checked again each time.
  const remembered = new Map<string, string>();
  app.get('/sql-read/:slug', async (c) => {
    const { id, secret } = sessionOf(c.req.header('cookie')) ?? { id: '', secret: '' };
    const slug = c.req.param('slug');
    const key = `${id}\u0000${slug}`;
    const hash = Buffer.from(sha256Bytes(secret));
    const [inactivity, lifetime, touchAfter] = sessionTimes;
    const body = await pipelinedTransaction(
      sql,
      async (tx) => {
        const entering = tx<
          {
            secretHash: Buffer;
            isExpired: boolean;
            isActive: boolean;
            tenantId: string | null;
            entered: boolean;
          }[]
        >`
          select secret_hash as "secretHash", is_expired as "isExpired", needs_touch as "needsTouch",
                 user_id as "userId", email, name, is_active as "isActive", global_roles as "globalRoles",
                 tenant_id as "tenantId", tenant_slug as "tenantSlug", tenant_name as "tenantName",
                 tenant_status as "tenantStatus", role, entered
          from enter_tenant(${id}, ${hash}, ${slug}, ${'viewer'}, ${'floor'}, ${inactivity}, ${lifetime}, ${touchAfter})`.execute();
        const read = (tenantId: string) =>
          Promise.all([
            tx`select org_number as "orgNumber", county_code as "countyCode" from tenants where id = ${tenantId}`,
            tx`
              select id, kind, name, official_code as "officialCode",
                     to_char(joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(left_on, 'YYYY-MM-DD') as "leftOn", version
              from members where tenant_id = ${tenantId}
              order by case kind when 'fk' then 0 when 'af' then 1 when 'region' then 2 else 3 end, name`,
          ]);
        const assumed = remembered.get(key);
        const speculative = assumed ? read(assumed) : null;
        const [entered] = await entering;
        if (
          !entered ||
          !timingSafeEqual(hash, entered.secretHash) ||
          entered.isExpired ||
          !entered.isActive
        ) {
          await speculative;
          return 'unauthorized' as const;
        }
        if (!entered.tenantId || !entered.entered) {
          await speculative;
          return null;
        }
        remembered.set(key, entered.tenantId);
        const [[row], members] =
          speculative && assumed === entered.tenantId ? await speculative : await read(entered.tenantId);
        return { ...entered, ...row, members: [...members], secretHash: undefined };
      },
      { readOnly: true },
    );
    if (body === 'unauthorized') return c.json({ error: 'unauthorized' }, 401);
    return body ? c.json({ result: { data: body } }) : c.json({ error: 'forbidden' }, 403);
  });
}
