import { createRouter, viewer } from '../../trpc/init.ts';
import { getTenant } from './get-tenant.ts';

export const tenantRouter = createRouter({
  get: viewer.query(({ ctx }) => getTenant(ctx)),
});
