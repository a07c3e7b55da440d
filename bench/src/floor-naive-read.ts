import type { Sql } from '@samsyn/db';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Hono } from 'hono';
import { z } from 'zod';
import { naiveSession, serveFloorRouter } from './floor-session.ts';

/**
 * Context for the floor server: `tenant.get` built the way issue 7 calls naive, the reference its
 * budgets are set against ("about 22 % of the SELECT route when built naively"). The same result as
 * the API's `tenant.get`, through tRPC (same version, fetch adapter, on Hono), but each step is its
 * own statement, awaited in turn, as a first implementation writes it:
 *
 *   1. the session lookup, before anything else;
 *   2. BEGIN (postgres.js' `sql.begin`), 3. `set_config('app.user_id')`,
 *   4. the membership (row-level security shows only the user's own once app.user_id is set),
 *   5. `set_config('app.tenant_id')`, 6. the förbund and its members (one pipelined pair, as the
 *      API's getTenant), 7. COMMIT, waited for before the answer.
 *
 * Seven round trips against the API's one (plus a COMMIT behind the answer). Measured in the same
 * run, it shows what the API's design bought on this machine, independently of how this machine
 * weighs the floor against tRPC.
 */
export function mountNaiveRead(app: Hono, sql: Sql): void {
  const t = initTRPC.context<{ cookie: string | undefined }>().create();
  const router = t.router({
    tenant: t.router({
      get: t.procedure.input(z.object({ tenant: z.string() })).query(async ({ ctx, input }) => {
        const session = await naiveSession(sql, ctx.cookie);
        return sql.begin(async (tx) => {
          await tx`select set_config('app.user_id', ${session.userId}, true)`;
          const [membership] = await tx<{ id: string; slug: string; name: string; role: string }[]>`
            select t.id, t.slug, t.name, ms.role
            from tenants t join memberships ms on ms.tenant_id = t.id and ms.user_id = ${session.userId}
            where t.slug = ${input.tenant} and t.status = 'active' and ms.is_active`;
          if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
          await tx`select set_config('app.tenant_id', ${membership.id}, true)`;
          const [[row], members] = await Promise.all([
            tx<{ orgNumber: string | null; countyCode: string | null }[]>`
              select org_number as "orgNumber", county_code as "countyCode" from tenants where id = ${membership.id}`,
            tx`
              select id, kind, name, official_code as "officialCode",
                     to_char(joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(left_on, 'YYYY-MM-DD') as "leftOn", version
              from members where tenant_id = ${membership.id}
              order by case kind when 'fk' then 0 when 'af' then 1 when 'region' then 2 else 3 end, name`,
          ]);
          return { ...membership, ...row, members: [...members] };
        });
      }),
    }),
  });

  serveFloorRouter(app, '/naive/trpc', router);
}
