import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

/** The logged-in user as `auth.me` describes them. */
export type Me = NonNullable<inferRouterOutputs<AppRouter>['auth']['me']>;
export type Membership = Me['memberships'][number];
