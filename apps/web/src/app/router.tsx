import { createBrowserRouter } from 'react-router';
import { LoadingStatus } from '../components/loading-status.tsx';
import { NotFoundPage } from '../features/errors/not-found-page.tsx';
import { RouteError } from '../features/errors/route-error.tsx';
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
                path: 'plattform',
                lazy: () =>
                  import('../features/global/platform-page.tsx').then((m) => ({ Component: m.PlatformPage })),
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
