import { z } from 'zod';
import { MAX_INT4 } from '../stored-integer.ts';
import { multiLineText, requiredText } from '../text.ts';

/**
 * Input schemas of `reportWorkflow.*` (issue 23): assignment and deadlines, ready marks, comments,
 * reminders and adoption. Messages are keys under `validation.reportWorkflow`, shown beside the field.
 */

const sectionId = z.uuid({ error: 'reportWorkflow.sectionIdInvalid' });
const reportId = z.uuid({ error: 'reportWorkflow.reportIdInvalid' });
const expectedVersion = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);

/** A date PostgreSQL keeps (years 1900–2200), as ISO text. */
const deadline = z.iso
  .date({ error: 'reportWorkflow.deadlineInvalid' })
  .refine((date) => date >= '1900-01-01' && date <= '2200-12-31', 'reportWorkflow.deadlineInvalid');

export const assignSectionSchema = z.object({
  sectionId,
  expectedVersion,
  /** An active editor or admin of the förbund; null: nobody. */
  assigneeUserId: z.uuid({ error: 'reportWorkflow.assigneeInvalid' }).nullable(),
  /** The section's own deadline; null: none. */
  deadline: z.union([z.literal('').transform(() => null), deadline, z.null()], {
    error: 'reportWorkflow.deadlineInvalid',
  }),
});
export type AssignSectionInput = z.output<typeof assignSectionSchema>;

export const sectionEditSchema = z.object({ sectionId, expectedVersion });
export type SectionEditInput = z.output<typeof sectionEditSchema>;

export const sectionRefSchema = z.object({ sectionId });

export const MAX_COMMENT_LENGTH = 5000;
export const addCommentSchema = z.object({
  sectionId,
  body: requiredText(
    multiLineText,
    MAX_COMMENT_LENGTH,
    'reportWorkflow.commentRequired',
    'reportWorkflow.commentTooLong',
  ),
});
export type AddCommentInput = z.output<typeof addCommentSchema>;

export const deleteCommentSchema = z.object({
  commentId: z.uuid({ error: 'reportWorkflow.commentIdInvalid' }),
});

export const reportRefSchema = z.object({ reportId });

/** Every due reminder of the förbund, or those of one report (its page's button). */
export const sendRemindersSchema = z.object({ reportId: reportId.optional() });
export type SendRemindersInput = z.output<typeof sendRemindersSchema>;

export const adoptReportSchema = z.object({
  reportId,
  expectedVersion,
  decisionId: z.uuid({ error: 'reportWorkflow.decisionRequired' }),
});
export type AdoptReportInput = z.output<typeof adoptReportSchema>;
