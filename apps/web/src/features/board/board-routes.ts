import type { RouteObject } from 'react-router';
import { withPageCatalogue } from '../../i18n/load-page-catalogue.ts';

/** The board's pages under /f/<slug>/ (issue 21): meetings, decisions, organisation, each its own chunk. */
export const boardRoutes: RouteObject[] = [
  {
    path: 'organisation',
    lazy: () =>
      withPageCatalogue(
        import('./organisation/organisation-page.tsx').then((m) => ({
          Component: m.OrganisationPage,
        })),
      ),
  },
  {
    path: 'organisation/styrelsens-arbete',
    lazy: () =>
      withPageCatalogue(
        import('./work/board-work-page.tsx').then((m) => ({
          Component: m.BoardWorkPage,
        })),
      ),
  },
  {
    path: 'organisation/arvoden',
    lazy: () =>
      withPageCatalogue(
        import('./attendance/fees-page.tsx').then((m) => ({
          Component: m.FeesPage,
        })),
      ),
  },
  {
    path: 'moten',
    lazy: () =>
      withPageCatalogue(
        import('./meetings/meetings-page.tsx').then((m) => ({
          Component: m.MeetingsPage,
        })),
      ),
  },
  {
    path: 'moten/:meetingId',
    lazy: () =>
      withPageCatalogue(
        import('./meetings/meeting-page.tsx').then((m) => ({
          Component: m.MeetingPage,
        })),
      ),
  },
  {
    path: 'moten/:meetingId/kallelse',
    lazy: () =>
      withPageCatalogue(
        import('./meetings/kallelse-page.tsx').then((m) => ({
          Component: m.KallelsePage,
        })),
      ),
  },
  {
    path: 'moten/:meetingId/protokoll',
    lazy: () =>
      withPageCatalogue(
        import('./meetings/protokoll-page.tsx').then((m) => ({
          Component: m.ProtokollPage,
        })),
      ),
  },
  {
    path: 'beslut',
    lazy: () =>
      withPageCatalogue(
        import('./decisions/decisions-page.tsx').then((m) => ({
          Component: m.DecisionsPage,
        })),
      ),
  },
  {
    path: 'beslut/:decisionId',
    lazy: () =>
      withPageCatalogue(
        import('./decisions/decision-page.tsx').then((m) => ({
          Component: m.DecisionPage,
        })),
      ),
  },
];
