import { createBrowserRouter } from 'react-router';
import { LoadingStatus } from '../components/loading-status.tsx';
import { applicationRoutes } from '../features/applications/application-routes.ts';
import { boardRoutes } from '../features/board/board-routes.ts';
import { NotFoundPage } from '../features/errors/not-found-page.tsx';
import { RouteError } from '../features/errors/route-error.tsx';
import { interventionRoutes } from '../features/interventions/intervention-routes.ts';
import { periodReportRoutes } from '../features/period-reports/period-report-routes.ts';
import { planRoutes } from '../features/plan/plan-routes.ts';
import { administrationRoutes } from '../features/team/administration-routes.ts';
import { withPageCatalogue } from '../i18n/load-page-catalogue.ts';
import { RequireAuth } from './require-auth.tsx';
import { RootLayout } from './root-layout.tsx';

/**
 * Every page is its own chunk, loaded when first visited, so the first download holds only the
 * frame. Swedish URLs; a förbund's pages live under /f/<slug>/ (ekonomi, insatser … go there).
 */
export const router = createBrowserRouter([
  {
    Component: RootLayout,
    HydrateFallback: LoadingStatus,
    ErrorBoundary: RouteError,
    children: [
      {
        // Errors inside a page render within the frame, so navigation stays usable.
        ErrorBoundary: RouteError,
        children: [
          {
            path: 'logga-in',
            lazy: () => import('../features/auth/login-page.tsx').then((m) => ({ Component: m.LoginPage })),
          },
          {
            // Outside RequireAuth: the invitee usually has no account yet. Its strings are page strings.
            path: 'inbjudan',
            lazy: () =>
              withPageCatalogue(
                import('../features/invitation/invitation-page.tsx').then((m) => ({
                  Component: m.InvitationPage,
                })),
              ),
          },
          {
            Component: RequireAuth,
            children: [
              {
                index: true,
                lazy: () =>
                  import('../features/start/start-page.tsx').then((m) => ({ Component: m.StartPage })),
              },
              {
                path: 'valj-forbund',
                lazy: () =>
                  import('../features/start/choose-tenant-page.tsx').then((m) => ({
                    Component: m.ChooseTenantPage,
                  })),
              },
              {
                path: 'nationellt',
                lazy: () =>
                  import('../features/global/national-page.tsx').then((m) => ({ Component: m.NationalPage })),
              },
              {
                path: 'nationellt/nns',
                lazy: () =>
                  import('../features/national/nns-national-page.tsx').then((m) => ({
                    Component: m.NnsNationalPage,
                  })),
              },
              {
                path: 'katalog',
                lazy: () =>
                  import('../features/national/catalogue-page.tsx').then((m) => ({
                    Component: m.CataloguePage,
                  })),
              },
              {
                path: 'katalog/:id',
                lazy: () =>
                  import('../features/national/catalogue-entry-page.tsx').then((m) => ({
                    Component: m.CatalogueEntryPage,
                  })),
              },
              {
                path: 'plattform',
                // The platform's pages show the administration's page strings: the layout waits for
                // them, and every page under it with it.
                lazy: () =>
                  withPageCatalogue(
                    import('../features/global/platform-page.tsx').then((m) => ({
                      Component: m.PlatformPage,
                    })),
                  ),
                children: [
                  {
                    index: true,
                    lazy: () =>
                      import('../features/platform/tenants-page.tsx').then((m) => ({
                        Component: m.TenantsPage,
                      })),
                  },
                  {
                    path: 'nytt-forbund',
                    lazy: () =>
                      import('../features/platform/onboard-page.tsx').then((m) => ({
                        Component: m.OnboardPage,
                      })),
                  },
                  {
                    path: 'logg',
                    lazy: () =>
                      import('../features/platform/platform-audit-page.tsx').then((m) => ({
                        Component: m.PlatformAuditPage,
                      })),
                  },
                  {
                    path: 'utkorg',
                    lazy: () =>
                      import('../features/platform/platform-outbox-page.tsx').then((m) => ({
                        Component: m.PlatformOutboxPage,
                      })),
                  },
                ],
              },
              {
                path: 'profil',
                lazy: () =>
                  withPageCatalogue(
                    import('../features/profile/profile-page.tsx').then((m) => ({
                      Component: m.ProfilePage,
                    })),
                  ),
              },
              {
                path: 'f/:slug',
                lazy: () =>
                  import('../features/tenant/tenant-layout.tsx').then((m) => ({ Component: m.TenantLayout })),
                children: [
                  {
                    index: true,
                    lazy: () =>
                      import('../features/tenant/overview-page.tsx').then((m) => ({
                        Component: m.OverviewPage,
                      })),
                  },
                  {
                    path: 'jamforelse',
                    lazy: () =>
                      import('../features/national/compare-page.tsx').then((m) => ({
                        Component: m.ComparePage,
                      })),
                  },
                  {
                    path: 'ekonomi',
                    // Every economy page waits for the page strings with its layout.
                    lazy: () =>
                      withPageCatalogue(
                        import('../features/economy/economy-layout.tsx').then((m) => ({
                          Component: m.EconomyLayout,
                        })),
                      ),
                    children: [
                      {
                        index: true,
                        // The page strings: the budget shows the applications' commitments (issue 22).
                        lazy: () =>
                          withPageCatalogue(
                            import('../features/economy/budget-page.tsx').then((m) => ({
                              Component: m.BudgetPage,
                            })),
                          ),
                      },
                      {
                        path: 'medlemsbidrag',
                        lazy: () =>
                          import('../features/economy/contributions-page.tsx').then((m) => ({
                            Component: m.ContributionsPage,
                          })),
                      },
                      {
                        path: 'utfall',
                        lazy: () =>
                          import('../features/economy/actuals-page.tsx').then((m) => ({
                            Component: m.ActualsPage,
                          })),
                      },
                      {
                        path: 'utfall/bokforing',
                        lazy: () =>
                          import('../features/economy/sie-import-page.tsx').then((m) => ({
                            Component: m.SieImportPage,
                          })),
                      },
                      {
                        path: 'balanser',
                        lazy: () =>
                          import('../features/economy/balances-page.tsx').then((m) => ({
                            Component: m.BalancesPage,
                          })),
                      },
                      {
                        path: 'bokslut',
                        lazy: () =>
                          import('../features/economy/closing-page.tsx').then((m) => ({
                            Component: m.ClosingPage,
                          })),
                      },
                      {
                        path: 'rapporter',
                        lazy: () =>
                          import('../features/economy/reports-page.tsx').then((m) => ({
                            Component: m.ReportsPage,
                          })),
                      },
                    ],
                  },
                  ...interventionRoutes,
                  ...planRoutes,
                  ...boardRoutes,
                  ...applicationRoutes,
                  ...periodReportRoutes,
                  ...administrationRoutes,
                  // Inside the förbund's frame (membership checked, menu kept), with a way back to it.
                  { path: '*', Component: NotFoundPage },
                ],
              },
            ],
          },
          // Small, and the error boundary needs it anyway: not worth a chunk of its own.
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
]);
