import {
  auditFilterSchema,
  onboardTenantInputSchema,
  singleLineText,
  tenantSlugSchema,
  tenantStatusChangeSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, platformProcedure } from '../../trpc/init.ts';
import { listPlatformAudit } from '../audit/list-audit.ts';
import { listOutbox } from '../outbox/list-outbox.ts';
import { deleteTenant, isSlugAvailable, listTenants, onboardTenant, setTenantStatus } from './tenants.ts';

const actorOf = (ctx: { user: { id: string }; requestId: string }) => ({
  userId: ctx.user.id,
  requestId: ctx.requestId,
});

/** The platform console: förbund lifecycle, platform events, outbox. No förbund's domain data. */
export const platformRouter = createRouter({
  tenants: createRouter({
    list: platformProcedure.query(({ ctx }) => listTenants(ctx.sql)),
    isSlugAvailable: platformProcedure
      .input(z.object({ slug: tenantSlugSchema }))
      .query(({ ctx, input }) => isSlugAvailable(ctx.sql, input.slug)),
    onboard: platformProcedure
      .input(onboardTenantInputSchema)
      .mutation(({ ctx, input }) => onboardTenant(ctx.sql, actorOf(ctx), input, ctx.publicOrigin)),
    setStatus: platformProcedure
      .input(tenantStatusChangeSchema)
      .mutation(({ ctx, input }) => setTenantStatus(ctx.sql, actorOf(ctx), input)),
    delete: platformProcedure
      .input(z.object({ slug: tenantSlugSchema, confirmSlug: singleLineText().max(63) }))
      .mutation(({ ctx, input }) => deleteTenant(ctx.sql, actorOf(ctx), input)),
  }),
  audit: platformProcedure
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listPlatformAudit(ctx.sql, input)),
  outbox: platformProcedure.query(({ ctx }) =>
    listOutbox(ctx.sql, {
      isReadable: ctx.config.isOutboxReadable,
      scope: 'platform',
      subjectTenantId: null,
    }),
  ),
});
