import {
  addSectionInputSchema,
  createReportInputSchema,
  listReportsInputSchema,
  moveSectionInputSchema,
  reportEditInputSchema,
  reportIdInputSchema,
  restoreSectionTextInputSchema,
  saveSectionTextInputSchema,
  sectionEditInputSchema,
  sectionIdInputSchema,
  updateReportInputSchema,
  updateSectionInputSchema,
} from '@samsyn/domain';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { addSection } from './add-section.ts';
import { createReport } from './create-report.ts';
import { deleteReport } from './delete-report.ts';
import { deleteSection } from './delete-section.ts';
import { getReport } from './get-report.ts';
import { listReports } from './list-reports.ts';
import { listSectionTexts } from './list-section-texts.ts';
import { markReportReady } from './mark-report-ready.ts';
import { moveSection } from './move-section.ts';
import { reopenReport } from './reopen-report.ts';
import { restoreSectionText } from './restore-section-text.ts';
import { saveSectionText } from './save-section-text.ts';
import { updateReport } from './update-report.ts';
import { updateSection } from './update-section.ts';

/** A report's sections: structure, written text and its history. */
const sectionsRouter = createRouter({
  add: editor.input(addSectionInputSchema).mutation(({ ctx, input }) => addSection(ctx, input)),
  update: editor.input(updateSectionInputSchema).mutation(({ ctx, input }) => updateSection(ctx, input)),
  move: editor.input(moveSectionInputSchema).mutation(({ ctx, input }) => moveSection(ctx, input)),
  delete: editor.input(sectionEditInputSchema).mutation(({ ctx, input }) => deleteSection(ctx, input)),
  saveText: editor
    .input(saveSectionTextInputSchema)
    .mutation(({ ctx, input }) => saveSectionText(ctx, input)),
  texts: viewer.input(sectionIdInputSchema).query(({ ctx, input }) => listSectionTexts(ctx, input)),
  restoreText: editor
    .input(restoreSectionTextInputSchema)
    .mutation(({ ctx, input }) => restoreSectionText(ctx, input)),
});

/**
 * `periodReports.*` (issue 23): reports, their sections and written texts, their status. Viewers
 * read, editors write; every write carries the version it was loaded with and is refused once the
 * report is adopted. See ARCHITECTURE.md, "Rapporter".
 */
export const periodReportsRouter = createRouter({
  list: viewer.input(listReportsInputSchema).query(({ ctx, input }) => listReports(ctx, input)),
  get: viewer.input(reportIdInputSchema).query(({ ctx, input }) => getReport(ctx, input)),
  create: editor.input(createReportInputSchema).mutation(({ ctx, input }) => createReport(ctx, input)),
  update: editor.input(updateReportInputSchema).mutation(({ ctx, input }) => updateReport(ctx, input)),
  delete: editor.input(reportEditInputSchema).mutation(({ ctx, input }) => deleteReport(ctx, input)),
  markReady: editor.input(reportEditInputSchema).mutation(({ ctx, input }) => markReportReady(ctx, input)),
  reopen: editor.input(reportEditInputSchema).mutation(({ ctx, input }) => reopenReport(ctx, input)),
  sections: sectionsRouter,
});
