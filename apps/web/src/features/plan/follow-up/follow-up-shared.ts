import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type PlanFollowUpData = Outputs['planFollowUp']['get'];
export type FollowUpGoal = PlanFollowUpData['goals'][number];
export type FollowUpIndicator = FollowUpGoal['indicators'][number];
export type FollowUpActivity = FollowUpGoal['activities'][number];
export type PlanRiskEntry = Outputs['planRisks']['list']['risks'][number];
