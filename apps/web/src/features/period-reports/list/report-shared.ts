import type { AppRouter } from '@samsyn/api';
import type { inferRouterOutputs } from '@trpc/server';

type ReportOutputs = inferRouterOutputs<AppRouter>['periodReports'];
type WorkflowOutputs = inferRouterOutputs<AppRouter>['reportWorkflow'];
export type ReportListItem = ReportOutputs['list'][number];
export type ReportDetail = ReportOutputs['get'];
export type ReportSection = ReportDetail['sections'][number];
export type Assignee = WorkflowOutputs['assignees'][number];
export type AdoptableDecision = WorkflowOutputs['adoptableDecisions'][number];
export type SectionDifference = WorkflowOutputs['differences'][number];

/** Where a report's pages live: `/f/<slug>/rapporter/<id>`, its document, one section. */
export const reportPath = (slug: string, reportId: string) => `/f/${slug}/rapporter/${reportId}`;
export const sectionPath = (slug: string, reportId: string, sectionId: string) =>
  `${reportPath(slug, reportId)}/avsnitt/${sectionId}`;
