import { reportDocumentInputSchema, reportSectionInputSchema } from '@samsyn/domain';
import { createRouter, viewer } from '../../trpc/init.ts';
import { readReportDocument, readReportSection } from './read-report-document.ts';

/**
 * `reportContent.*` (issue 23): a period report as a document — live from the data, or the
 * snapshot adopted by the board — and one section's live content. Any member reads.
 */
export const reportContentRouter = createRouter({
  document: viewer.input(reportDocumentInputSchema).query(({ ctx, input }) => readReportDocument(ctx, input)),
  section: viewer.input(reportSectionInputSchema).query(({ ctx, input }) => readReportSection(ctx, input)),
});
