import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/** The applications pages under /f/<slug>/ansokningar (issue 22), each its own chunk. */
export const applicationRoutes: RouteObject[] = [
  {
    path: 'ansokningar',
    lazy: () =>
      withPageCatalogue(
        import('./pipeline/applications-page.tsx').then((m) => ({ Component: m.ApplicationsPage })),
      ),
  },
  {
    path: 'ansokningar/ny',
    lazy: () =>
      withPageCatalogue(
        import('./pipeline/new-application-page.tsx').then((m) => ({ Component: m.NewApplicationPage })),
      ),
  },
  {
    path: 'ansokningar/rapporter',
    lazy: () =>
      withPageCatalogue(
        import('./reports/application-reports-page.tsx').then((m) => ({
          Component: m.ApplicationReportsPage,
        })),
      ),
  },
  {
    path: 'ansokningar/installningar',
    lazy: () =>
      withPageCatalogue(
        import('./review/application-settings-page.tsx').then((m) => ({
          Component: m.ApplicationSettingsPage,
        })),
      ),
  },
  {
    path: 'ansokningar/:applicationId',
    lazy: () =>
      withPageCatalogue(
        import('./pipeline/application-page.tsx').then((m) => ({ Component: m.ApplicationPage })),
      ),
  },
  {
    path: 'ansokningar/:applicationId/yttrande',
    lazy: () =>
      withPageCatalogue(
        import('./review/review-opinion-page.tsx').then((m) => ({ Component: m.ReviewOpinionPage })),
      ),
  },
  {
    path: 'ansokningar/:applicationId/avtal',
    lazy: () =>
      withPageCatalogue(
        import('./agreements/agreement-page.tsx').then((m) => ({ Component: m.AgreementPage })),
      ),
  },
];
