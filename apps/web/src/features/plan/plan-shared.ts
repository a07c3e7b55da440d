import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';
import { useTenantRole } from '../tenant/use-tenant-role.ts';

type Outputs = inferRouterOutputs<AppRouter>['plans'];
export type PlanListItem = Outputs['list'][number];
export type PlanTree = Outputs['get'];
export type PlanGoalEntry = PlanTree['goals'][number];
export type PlanAreaEntry = PlanTree['areas'][number];
export type PlanIndicatorEntry = PlanGoalEntry['indicators'][number];
export type PlanActivityEntry = PlanGoalEntry['activities'][number];

/** The förbund's slug from the URL (the plan's pages live under /f/:slug/plan). */

/** Editors and admins may change a plan; viewers read it. */
export const useCanEditPlan = (): boolean => useTenantRole('editor');

/** A draft plan's tree is editable by editors; an adopted one by nobody until an admin reopens it. */
export const isPlanEditable = (plan: { status: string }, canEdit: boolean): boolean =>
  canEdit && plan.status === 'draft';
