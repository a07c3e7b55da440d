import {
  agendaItemSchema,
  approveMinutesSchema,
  createMeetingSchema,
  documentInputSchema,
  itemMinutesSchema,
  MAX_INT4,
  meetingHeaderSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { addDocument } from './add-document.ts';
import { addItem } from './add-item.ts';
import { approveMinutes } from './approve-minutes.ts';
import { createMeeting } from './create-meeting.ts';
import { deleteMeeting } from './delete-meeting.ts';
import { getMeeting } from './get-meeting.ts';
import { listMeetings } from './list-meetings.ts';
import { markHeld } from './mark-held.ts';
import { moveItem } from './move-item.ts';
import { numberParagraphs } from './number-paragraphs.ts';
import { removeDocument } from './remove-document.ts';
import { removeItem } from './remove-item.ts';
import { updateItem } from './update-item.ts';
import { updateMeeting } from './update-meeting.ts';

const meetingId = z.uuid({ error: 'boardMeetings.meetingIdInvalid' });
const itemId = z.uuid({ error: 'boardMeetings.itemIdInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
/** Header, agenda order and approval carry the MEETING's version. */
const meetingEdit = z.object({ meetingId, expectedVersion: version });
/** An item's own text, minutes, § and documents carry the ITEM's version. */
const itemEdit = z.object({ itemId, expectedVersion: version });

/**
 * `meetings.*` (issue 21, the board): meetings of the förbund's bodies, their agenda items, documents,
 * minutes and §, and the approval of the minutes (ARCHITECTURE.md, "Styrelse och möten"). Viewers
 * read, editors write, admins approve (irreversible) and delete meetings.
 */
export const meetingsRouter = createRouter({
  list: viewer
    .input(
      z.object({
        year: z.number({ error: 'boardMeetings.yearInvalid' }).int().min(1900).max(2200).optional(),
        bodyId: z.uuid({ error: 'boardMeetings.bodyRequired' }).optional(),
      }),
    )
    .query(({ ctx, input }) => listMeetings(ctx, input)),
  get: viewer.input(z.object({ meetingId })).query(({ ctx, input }) => getMeeting(ctx, input)),
  create: editor.input(createMeetingSchema).mutation(({ ctx, input }) => createMeeting(ctx, input)),
  update: editor
    .input(z.intersection(meetingHeaderSchema, meetingEdit))
    .mutation(({ ctx, input }) => updateMeeting(ctx, input)),
  markHeld: editor.input(meetingEdit).mutation(({ ctx, input }) => markHeld(ctx, input)),
  delete: admin.input(meetingEdit).mutation(({ ctx, input }) => deleteMeeting(ctx, input)),
  numberParagraphs: editor.input(meetingEdit).mutation(({ ctx, input }) => numberParagraphs(ctx, input)),
  approve: admin
    .input(z.intersection(approveMinutesSchema, meetingEdit))
    .mutation(({ ctx, input }) => approveMinutes(ctx, input)),
  items: createRouter({
    add: editor
      .input(z.intersection(agendaItemSchema, meetingEdit))
      .mutation(({ ctx, input }) => addItem(ctx, input)),
    update: editor
      .input(z.intersection(z.intersection(agendaItemSchema, itemMinutesSchema), itemEdit))
      .mutation(({ ctx, input }) => updateItem(ctx, input)),
    move: editor
      .input(
        meetingEdit.extend({
          itemId,
          step: z.union([z.literal(-1), z.literal(1)], { error: 'boardMeetings.stepInvalid' }),
        }),
      )
      .mutation(({ ctx, input }) => moveItem(ctx, input)),
    remove: editor.input(meetingEdit.extend({ itemId })).mutation(({ ctx, input }) => removeItem(ctx, input)),
  }),
  documents: createRouter({
    add: editor
      .input(itemEdit.extend({ document: documentInputSchema }))
      .mutation(({ ctx, input }) => addDocument(ctx, input)),
    remove: editor
      .input(itemEdit.extend({ documentId: z.uuid({ error: 'boardMeetings.documentIdInvalid' }) }))
      .mutation(({ ctx, input }) => removeDocument(ctx, input)),
  }),
});
