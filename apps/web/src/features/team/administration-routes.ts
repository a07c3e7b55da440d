import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/**
 * The förbund's administration under /f/<slug>/administration: team, settings, log and outbox,
 * each its own chunk. The layout waits for the page strings (issue 18), and with it every page
 * under it: the router resolves a match's lazy routes together before it renders any of them.
 */
export const administrationRoutes: RouteObject[] = [
  {
    path: 'administration',
    lazy: () =>
      withPageCatalogue(
        import('./tenant-admin-layout.tsx').then((m) => ({ Component: m.TenantAdminLayout })),
      ),
    children: [
      {
        index: true,
        lazy: () => import('./team-page.tsx').then((m) => ({ Component: m.TeamPage })),
      },
      {
        path: 'installningar',
        lazy: () => import('../settings/settings-page.tsx').then((m) => ({ Component: m.SettingsPage })),
      },
      {
        path: 'logg',
        lazy: () => import('../audit/tenant-audit-page.tsx').then((m) => ({ Component: m.TenantAuditPage })),
      },
      {
        path: 'utkorg',
        lazy: () =>
          import('../outbox/tenant-outbox-page.tsx').then((m) => ({ Component: m.TenantOutboxPage })),
      },
    ],
  },
];
