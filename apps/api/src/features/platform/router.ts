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
import { listPlatformOutbox } from '../outbox/list-outbox.ts';
import { deleteTenant, isSlugAvailable, listTenants, onboardTenant, setTenantStatus } from './tenants.ts';

/** The platform console: förbund lifecycle, platform events, outbox. No förbund's domain data. */
export const platformRouter = createRouter({
  tenants: createRouter({
    list: platformProcedure.query(({ ctx }) => listTenants(ctx)),
    isSlugAvailable: platformProcedure
      .input(z.object({ slug: tenantSlugSchema }))
      .query(({ ctx, input }) => isSlugAvailable(ctx, input)),
    onboard: platformProcedure
      .input(onboardTenantInputSchema)
      .mutation(({ ctx, input }) => onboardTenant(ctx, input)),
    setStatus: platformProcedure
      .input(tenantStatusChangeSchema)
      .mutation(({ ctx, input }) => setTenantStatus(ctx, input)),
    delete: platformProcedure
      .input(z.object({ slug: tenantSlugSchema, confirmSlug: singleLineText().max(63) }))
      .mutation(({ ctx, input }) => deleteTenant(ctx, input)),
  }),
  audit: platformProcedure.input(auditFilterSchema).query(({ ctx, input }) => listPlatformAudit(ctx, input)),
  outbox: platformProcedure.query(({ ctx }) => listPlatformOutbox(ctx)),
});
