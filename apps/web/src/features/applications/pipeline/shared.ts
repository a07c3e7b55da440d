import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useParams } from 'react-router';

type Outputs = inferRouterOutputs<AppRouter>['applications'];
export type ApplicationDetail = Outputs['get'];
export type ApplicationListItem = Outputs['list'][number];

/** The förbund's slug from the URL (pages live under /f/:slug/ansokningar). */
export function useSlug(): string {
  return useParams().slug ?? '';
}
