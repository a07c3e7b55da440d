import { authRouter } from './features/auth/router.ts';
import { tenantRouter } from './features/tenant/router.ts';
import { createRouter } from './trpc/init.ts';

export const appRouter = createRouter({
  auth: authRouter,
  tenant: tenantRouter,
});

export type AppRouter = typeof appRouter;
