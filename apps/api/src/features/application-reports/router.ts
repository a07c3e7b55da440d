import { createRouter } from '../../trpc/init.ts';

/**
 * `applicationReports.*` (issue 22, applications for funds): Beviljade insatser <år>, the pipeline, commitments per year ahead, payments due, reports overdue, and the budget page's varav beviljat.
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationReportsRouter = createRouter({});
