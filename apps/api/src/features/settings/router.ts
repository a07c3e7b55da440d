import { tenantSettingsInputSchema } from '@samsyn/domain';
import { admin, createRouter, viewer } from '../../trpc/init.ts';
import { getSettings, updateSettings } from './settings.ts';

export const settingsRouter = createRouter({
  get: viewer.query(({ ctx }) => getSettings(ctx)),
  update: admin.input(tenantSettingsInputSchema).mutation(({ ctx, input }) => updateSettings(ctx, input)),
});
