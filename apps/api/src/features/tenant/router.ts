import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { getTenant } from './get-tenant.ts';

export const tenantRouter = createRouter({
  get: tenantProcedure('viewer').query(({ ctx }) => getTenant(ctx)),
});
