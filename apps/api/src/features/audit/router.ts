import { auditFilterSchema } from '@samsyn/domain';
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { listTenantAudit } from './list-audit.ts';

export const auditRouter = createRouter({
  list: tenantProcedure('admin')
    .input(auditFilterSchema)
    .query(({ ctx, input }) => listTenantAudit(ctx, input)),
});
