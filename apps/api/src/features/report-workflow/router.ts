import {
  addCommentSchema,
  adoptReportSchema,
  assignSectionSchema,
  deleteCommentSchema,
  reportRefSchema,
  sectionEditSchema,
  sectionRefSchema,
  sendRemindersSchema,
} from '@samsyn/domain';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { addComment } from './add-comment.ts';
import { adoptReport } from './adopt-report.ts';
import { listAdoptableDecisions } from './adoptable-decisions.ts';
import { assignSection } from './assign-section.ts';
import { deleteComment } from './delete-comment.ts';
import { listAssignees } from './list-assignees.ts';
import { listComments } from './list-comments.ts';
import { listDifferences } from './list-differences.ts';
import { markSectionReady } from './mark-section-ready.ts';
import { sendReminders } from './send-reminders.ts';
import { unmarkSectionReady } from './unmark-section-ready.ts';

/**
 * `reportWorkflow.*` (issue 23): who writes which section by when, ready marks, comments,
 * reminders, and adoption ("Fastställ") with the differences since. See ARCHITECTURE.md,
 * "Rapporter". Viewers read, editors work on sections, admins remind and adopt.
 */
export const reportWorkflowRouter = createRouter({
  assignees: viewer.query(({ ctx }) => listAssignees(ctx)),
  assign: editor.input(assignSectionSchema).mutation(({ ctx, input }) => assignSection(ctx, input)),
  markSectionReady: editor
    .input(sectionEditSchema)
    .mutation(({ ctx, input }) => markSectionReady(ctx, input)),
  unmarkSectionReady: editor
    .input(sectionEditSchema)
    .mutation(({ ctx, input }) => unmarkSectionReady(ctx, input)),
  comments: createRouter({
    list: viewer.input(sectionRefSchema).query(({ ctx, input }) => listComments(ctx, input)),
    add: editor.input(addCommentSchema).mutation(({ ctx, input }) => addComment(ctx, input)),
    delete: editor.input(deleteCommentSchema).mutation(({ ctx, input }) => deleteComment(ctx, input)),
  }),
  sendReminders: admin.input(sendRemindersSchema).mutation(({ ctx, input }) => sendReminders(ctx, input)),
  adoptableDecisions: admin
    .input(reportRefSchema)
    .query(({ ctx, input }) => listAdoptableDecisions(ctx, input)),
  adopt: admin.input(adoptReportSchema).mutation(({ ctx, input }) => adoptReport(ctx, input)),
  differences: viewer.input(reportRefSchema).query(({ ctx, input }) => listDifferences(ctx, input)),
});
