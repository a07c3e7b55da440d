import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['applications'];
export type ApplicationDetail = Outputs['get'];
export type ApplicationListItem = Outputs['list'][number];
