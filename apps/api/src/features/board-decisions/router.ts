import { decisionListSchema, decisionSchema, grantDecisionFieldsSchema, MAX_INT4 } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { decisionForItem } from './decision-for-item.ts';
import { decisionsForMeeting } from './decisions-for-meeting.ts';
import { deleteDecision } from './delete-decision.ts';
import { getDecision } from './get-decision.ts';
import { listDecisions } from './list-decisions.ts';
import { readDecisions } from './read-decisions.ts';
import { saveDecision } from './save-decision.ts';

const decisionId = z.uuid({ error: 'boardDecisions.idInvalid' });
const itemId = z.uuid({ error: 'boardDecisions.itemInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);

/**
 * `decisions.*` (issue 21, the board): the decisions register. Viewers read (the register with its
 * Swedish full-text search, one decision with its corrections, an item's and a meeting's, those
 * about an intervention); editors write an item's decision until its minutes are approved.
 */
export const decisionsRouter = createRouter({
  list: viewer.input(decisionListSchema).query(({ ctx, input }) => listDecisions(ctx, input)),
  get: viewer.input(z.object({ decisionId })).query(({ ctx, input }) => getDecision(ctx, input)),
  forItem: viewer.input(z.object({ itemId })).query(({ ctx, input }) => decisionForItem(ctx, input)),
  forMeeting: viewer
    .input(z.object({ meetingId: z.uuid({ error: 'boardDecisions.meetingInvalid' }) }))
    .query(({ ctx, input }) => decisionsForMeeting(ctx, input)),
  forIntervention: viewer
    .input(z.object({ interventionId: z.uuid({ error: 'boardDecisions.interventionInvalid' }) }))
    .query(({ ctx, input }) => readDecisions(ctx, { concernsInterventionId: input.interventionId })),
  save: editor
    .input(
      decisionSchema.extend({
        itemId,
        expectedVersion: version.nullable(),
        ...grantDecisionFieldsSchema.shape,
      }),
    )
    .mutation(({ ctx, input }) => saveDecision(ctx, input)),
  delete: editor
    .input(z.object({ decisionId, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteDecision(ctx, input)),
});
