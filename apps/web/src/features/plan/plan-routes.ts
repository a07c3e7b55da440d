import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/** The verksamhetsplan's pages under /f/<slug>/ (issue 20), each its own chunk. */
export const planRoutes: RouteObject[] = [
  {
    path: 'plan/nns',
    lazy: () => withPageCatalogue(import('./nns/nns-page.tsx').then((m) => ({ Component: m.NnsPage }))),
  },
  {
    path: 'plan',
    lazy: () =>
      withPageCatalogue(
        import('./plan-list-page.tsx').then((m) => ({
          Component: m.PlanListPage,
        })),
      ),
  },
  {
    path: 'plan/:planId',
    lazy: () =>
      withPageCatalogue(
        import('./plan-page.tsx').then((m) => ({
          Component: m.PlanPage,
        })),
      ),
  },
  {
    path: 'plan/:planId/uppfoljning',
    lazy: () =>
      withPageCatalogue(
        import('./follow-up/follow-up-page.tsx').then((m) => ({
          Component: m.FollowUpPage,
        })),
      ),
  },
  {
    path: 'plan/:planId/risker',
    lazy: () =>
      withPageCatalogue(
        import('./follow-up/risks-page.tsx').then((m) => ({
          Component: m.RisksPage,
        })),
      ),
  },
];
