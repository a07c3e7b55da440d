import {
  applicationAttachmentSchema,
  applicationFieldsSchema,
  applicationStatuses,
  createApplicationSchema,
  MAX_INT4,
  moveApplicationSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { addAttachment, removeAttachment } from './attachments.ts';
import { createApplication } from './create-application.ts';
import { deleteApplication } from './delete-application.ts';
import { getApplication } from './get-application.ts';
import { listApplications } from './list-applications.ts';
import { moveApplication } from './move-application.ts';
import { updateApplication } from './update-application.ts';

const applicationId = z.uuid({ error: 'applications.idInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
/** Fields, parties, goals, budget years, transitions and attachments carry the APPLICATION's version. */
const applicationEdit = z.object({ applicationId, expectedVersion: version });

/**
 * `applications.*` (issue 22, applications for funds): the pipeline (list by status, one
 * application with its parties, goals, yearly budget, attachments and history; create, edit,
 * transitions, delete, attachments). Viewers read, editors write; deleting past draft is for
 * admins (the verb checks). See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationsRouter = createRouter({
  list: viewer
    .input(
      z.object({
        year: z.number({ error: 'applications.yearInvalid' }).int().min(2000).max(2100).optional(),
        statuses: z
          .array(z.enum(applicationStatuses, { error: 'applications.statusInvalid' }))
          .max(applicationStatuses.length)
          .optional(),
        localGroupId: z.uuid({ error: 'applications.localGroupInvalid' }).optional(),
      }),
    )
    .query(({ ctx, input }) => listApplications(ctx, input)),
  get: viewer.input(z.object({ applicationId })).query(({ ctx, input }) => getApplication(ctx, input)),
  create: editor.input(createApplicationSchema).mutation(({ ctx, input }) => createApplication(ctx, input)),
  update: editor
    .input(z.intersection(applicationFieldsSchema, applicationEdit))
    .mutation(({ ctx, input }) => updateApplication(ctx, input)),
  move: editor
    .input(z.intersection(moveApplicationSchema, applicationEdit))
    .mutation(({ ctx, input }) => moveApplication(ctx, input)),
  delete: editor.input(applicationEdit).mutation(({ ctx, input }) => deleteApplication(ctx, input)),
  attachments: createRouter({
    add: editor
      .input(z.intersection(applicationAttachmentSchema, applicationEdit))
      .mutation(({ ctx, input }) => addAttachment(ctx, input)),
    remove: editor
      .input(applicationEdit.extend({ attachmentId: z.uuid({ error: 'applications.attachmentIdInvalid' }) }))
      .mutation(({ ctx, input }) => removeAttachment(ctx, input)),
  }),
});
