import { randomUUID } from 'node:crypto';
import { selectInterventions } from '@samsyn/api';
import type { Sql } from '@samsyn/db';
import { initTRPC, TRPCError } from '@trpc/server';
import type { Hono } from 'hono';
import { z } from 'zod';
import { naiveSession, serveFloorRouter } from './floor-session.ts';

/** The fields of `interventions.create`'s input (the domain's schema, without its cross-field rules). */
const createInput = z.object({
  tenant: z.string(),
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['individual', 'structural']),
  purpose: z.string().max(4000),
  targetGroupIds: z.array(z.string()),
  targetGroupText: z.string().max(1000),
  methodTagIds: z.array(z.string()),
  freeTags: z.array(z.string()),
  leadOrganisation: z.object({ type: z.literal('forbund') }),
  partnerMemberIds: z.array(z.uuid()),
  startDate: z.iso.date().nullable(),
  endDate: z.iso.date().nullable(),
  status: z.string(),
  participantRegistration: z.string(),
  localGroupId: z.uuid().nullable(),
});

/**
 * Context for the floor server: `interventions.create` built naively, the reference the write's
 * budgets are set against (as `naive-read` is the read's, see floor-naive-read.ts). The same
 * writes and answer as the API's — the intervention, its first status, the audit entry and the
 * stored row read back — through tRPC (same version, fetch adapter, on Hono), but each step its
 * own statement awaited in turn, as a first implementation writes it:
 *
 *   1. the session lookup, 2. BEGIN (`sql.begin`), 3. `set_config('app.user_id')`,
 *   4. the membership with an editor's role, 5. `set_config` of `app.tenant_id` and the request id,
 *   6. the intervention, 7. its first status, 8. the audit entry, 9. the read-back,
 *   10. COMMIT, waited for before the answer.
 */
export function mountNaiveWrite(app: Hono, sql: Sql): void {
  const t = initTRPC.context<{ cookie: string | undefined }>().create();
  const router = t.router({
    interventions: t.router({
      create: t.procedure.input(createInput).mutation(async ({ ctx, input }) => {
        const session = await naiveSession(sql, ctx.cookie);
        return sql.begin(async (tx) => {
          await tx`select set_config('app.user_id', ${session.userId}, true)`;
          const [membership] = await tx<{ id: string }[]>`
            select t.id
            from tenants t join memberships ms on ms.tenant_id = t.id and ms.user_id = ${session.userId}
            where t.slug = ${input.tenant} and t.status = 'active' and ms.is_active
              and ms.role in ('editor', 'admin')`;
          if (!membership) throw new TRPCError({ code: 'FORBIDDEN' });
          await tx`select set_config('app.tenant_id', ${membership.id}, true),
                          set_config('app.request_id', ${randomUUID()}, true)`;
          const id = randomUUID();
          await tx`
            insert into interventions (id, tenant_id, name, kind, purpose, target_group_ids, target_group_text,
              method_tag_ids, free_tags, lead_member_id, participant_registration, start_date, end_date, status,
              local_group_id)
            values (${id}, ${membership.id}, ${input.name}, ${input.kind}, ${input.purpose}, ${input.targetGroupIds},
              ${input.targetGroupText}, ${input.methodTagIds}, ${input.freeTags}, ${null},
              ${input.participantRegistration}, ${input.startDate}, ${input.endDate}, ${input.status},
              ${input.localGroupId})`;
          await tx`
            insert into intervention_status_changes (tenant_id, intervention_id, from_status, to_status, effective_date, changed_by)
            values (${membership.id}, ${id}, null, ${input.status}, ${input.startDate ?? new Date().toISOString().slice(0, 10)}, current_user_id())`;
          await tx`
            insert into audit_log (tenant_id, actor_user_id, action, entity, entity_id, before, after, request_id)
            values (current_tenant_id(), current_user_id(), 'intervention.create', 'intervention', ${id}, null,
                    ${tx.json(input as never)}, nullif(current_setting('app.request_id', true), ''))`;
          // The read-back is the API's own (`selectInterventions`), so both answer the same record.
          const [record] = await selectInterventions(tx, membership.id, { id });
          return record;
        });
      }),
    }),
  });

  serveFloorRouter(app, '/naive-write/trpc', router);
}
