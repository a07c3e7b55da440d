import { tenantLogoDeleteInputSchema, tenantLogoSaveInputSchema } from '@samsyn/domain';
import { admin, createRouter, viewer } from '../../trpc/init.ts';
import { deleteTenantLogo, getTenantLogo, saveTenantLogo } from './tenant-logo.ts';

/** `tenantLogo.*` (issue 23): the förbund's logo on its reports' title pages. See ARCHITECTURE.md, "Rapporter". */
export const tenantLogoRouter = createRouter({
  get: viewer.query(({ ctx }) => getTenantLogo(ctx)),
  save: admin.input(tenantLogoSaveInputSchema).mutation(({ ctx, input }) => saveTenantLogo(ctx, input)),
  delete: admin.input(tenantLogoDeleteInputSchema).mutation(({ ctx, input }) => deleteTenantLogo(ctx, input)),
});
