import { auditFilterSchema } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { auditAreas, listTenantAudit } from './list-audit.ts';

export const auditRouter = createRouter({
  list: tenantProcedure('admin')
    .input(auditFilterSchema.extend({ area: z.enum(auditAreas).optional() }))
    .query(({ ctx, input }) => listTenantAudit(ctx, input)),
});
