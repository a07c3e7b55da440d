import { tenantSettingsInputSchema } from '@samsyn/domain';
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { getSettings, updateSettings } from './settings.ts';

export const settingsRouter = createRouter({
  get: tenantProcedure('viewer').query(({ ctx }) => getSettings(ctx)),
  update: tenantProcedure('admin')
    .input(tenantSettingsInputSchema)
    .mutation(({ ctx, input }) => updateSettings(ctx, input)),
});
