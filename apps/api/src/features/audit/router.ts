import { auditFilterSchema } from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter } from '../../trpc/init.ts';
import { auditAreas, listTenantAudit } from './list-audit.ts';

export const auditRouter = createRouter({
  list: admin
    .input(auditFilterSchema.extend({ area: z.enum(auditAreas).optional() }))
    .query(({ ctx, input }) => listTenantAudit(ctx, input)),
});
