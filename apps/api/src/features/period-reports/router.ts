import { createReportInputSchema, listReportsInputSchema, reportIdInputSchema } from '@samsyn/domain';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { createReport } from './create-report.ts';
import { getReport } from './get-report.ts';
import { listReports } from './list-reports.ts';

/**
 * `periodReports.*` (issue 23): reports, their sections and written texts, their status. Viewers
 * read, editors write; every write carries the version it was loaded with and is refused once the
 * report is adopted. See ARCHITECTURE.md, "Rapporter".
 */
export const periodReportsRouter = createRouter({
  list: viewer.input(listReportsInputSchema).query(({ ctx, input }) => listReports(ctx, input)),
  get: viewer.input(reportIdInputSchema).query(({ ctx, input }) => getReport(ctx, input)),
  create: editor.input(createReportInputSchema).mutation(({ ctx, input }) => createReport(ctx, input)),
});
