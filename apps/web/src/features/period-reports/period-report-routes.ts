import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/** The period reports' pages under /f/<slug>/rapporter (issue 23), each its own chunk. */
export const periodReportRoutes: RouteObject[] = [
  {
    path: 'rapporter',
    lazy: () =>
      withPageCatalogue(import('./list/reports-page.tsx').then((m) => ({ Component: m.ReportsPage }))),
  },
  {
    path: 'rapporter/ny',
    lazy: () =>
      withPageCatalogue(import('./list/new-report-page.tsx').then((m) => ({ Component: m.NewReportPage }))),
  },
  {
    path: 'rapporter/:reportId',
    lazy: () =>
      withPageCatalogue(import('./report/report-page.tsx').then((m) => ({ Component: m.ReportPage }))),
  },
  {
    path: 'rapporter/:reportId/dokument',
    lazy: () =>
      withPageCatalogue(
        import('./document/report-document-page.tsx').then((m) => ({ Component: m.ReportDocumentPage })),
      ),
  },
  {
    path: 'rapporter/:reportId/avsnitt/:sectionId',
    lazy: () =>
      withPageCatalogue(import('./section/section-page.tsx').then((m) => ({ Component: m.SectionPage }))),
  },
];
