import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/**
 * The interventions' pages under /f/<slug>/, each its own chunk. Every one waits for the page
 * strings (issue 18): the interventions' own strings are there, beside the economy's (the
 * Uppföljning Finsam page's reconciliation) and the board's (the decisions on an intervention).
 */
export const interventionRoutes: RouteObject[] = [
  {
    path: 'insatser',
    lazy: () =>
      withPageCatalogue(import('./interventions-page.tsx').then((m) => ({ Component: m.InterventionsPage }))),
  },
  {
    path: 'insatser/ny',
    lazy: () =>
      withPageCatalogue(
        import('./intervention-form-page.tsx').then((m) => ({ Component: m.InterventionFormPage })),
      ),
  },
  {
    path: 'insatser/lokala-grupper',
    lazy: () =>
      withPageCatalogue(import('./local-groups-page.tsx').then((m) => ({ Component: m.LocalGroupsPage }))),
  },
  {
    path: 'insatser/rapporter/mal-och-resultat',
    lazy: () =>
      withPageCatalogue(
        import('./results-report-page.tsx').then((m) => ({ Component: m.ResultsReportPage })),
      ),
  },
  {
    path: 'insatser/rapporter/uppfoljning-finsam',
    lazy: () =>
      withPageCatalogue(import('./finsam-report-page.tsx').then((m) => ({ Component: m.FinsamReportPage }))),
  },
  {
    path: 'insatser/:id',
    lazy: () =>
      withPageCatalogue(import('./intervention-page.tsx').then((m) => ({ Component: m.InterventionPage }))),
  },
  {
    path: 'insatser/:id/andra',
    lazy: () =>
      withPageCatalogue(
        import('./intervention-form-page.tsx').then((m) => ({ Component: m.InterventionFormPage })),
      ),
  },
  {
    path: 'insatser/:id/siffror',
    lazy: () => withPageCatalogue(import('./figures-page.tsx').then((m) => ({ Component: m.FiguresPage }))),
  },
];
