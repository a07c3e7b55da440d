import { createFromApplicationSchema, recordOutsideSchema, toAgendaSchema } from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { createInterventionFromApplication } from './create-intervention.ts';
import { forApplication } from './for-application.ts';
import { recordOutside } from './record-outside.ts';
import { toAgenda } from './to-agenda.ts';

/**
 * `applicationDecision.*` (issue 22, applications for funds): the way to the board (an agenda item
 * about the application), the decision's outcome and amount as the board recorded them (written by
 * `decisions.save`, which makes the application follow), a decision taken before Samsyn, and
 * Skapa insats. Viewers read, editors put on the agenda and make the intervention, admins record
 * an outside decision. See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationDecisionRouter = createRouter({
  forApplication: viewer
    .input(z.object({ applicationId: z.uuid({ error: 'applicationDecision.applicationInvalid' }) }))
    .query(({ ctx, input }) => forApplication(ctx, input)),
  toAgenda: editor.input(toAgendaSchema).mutation(({ ctx, input }) => toAgenda(ctx, input)),
  recordOutside: admin.input(recordOutsideSchema).mutation(({ ctx, input }) => recordOutside(ctx, input)),
  createIntervention: editor
    .input(createFromApplicationSchema)
    .mutation(({ ctx, input }) => createInterventionFromApplication(ctx, input)),
});
