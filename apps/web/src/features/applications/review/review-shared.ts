import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['applicationReview'];
export type FormalCheckData = Outputs['formalCheck']['get'];
export type ReviewsData = Outputs['reviews']['forApplication'];
export type ReviewRow = ReviewsData['reviews'][number];
export type ChecklistPointRow = Outputs['checklist']['list'][number];
export type CriterionRow = Outputs['criteria']['list'][number];
