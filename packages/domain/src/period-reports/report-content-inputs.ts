import { z } from 'zod';

/** Input schemas of `reportContent.*` (issue 23); messages are keys under `validation.reportContent`. */
export const reportIdSchema = z.uuid({ error: 'reportContent.invalidId' });

export const reportDocumentInputSchema = z.object({
  reportId: reportIdSchema,
  /** 'live' builds from today's data; 'adopted' reads the frozen snapshot. */
  version: z.enum(['live', 'adopted'], { error: 'reportContent.invalidVersion' }),
});
export type ReportDocumentInput = z.infer<typeof reportDocumentInputSchema>;

export const reportSectionInputSchema = z.object({
  reportId: reportIdSchema,
  sectionId: z.uuid({ error: 'reportContent.invalidId' }),
});
