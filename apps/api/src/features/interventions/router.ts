import {
  createInterventionSchema,
  goalAssessmentSchema,
  goalSchema,
  interventionBudgetSchema,
  localGroupBudgetDistributionSchema,
  localGroupSchema,
  localGroupTermSchema,
  localGroupYearSchema,
  localGroupYearTermsSchema,
  MAX_INT4,
  periodNoteSchema,
  periodTextSchema,
  registerFinsamPeriodSchema,
  statusChangeSchema,
  undoFinsamRegistrationSchema,
  updateInterventionSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { deleteBudget, saveBudget } from './budget.ts';
import { createIntervention } from './create-intervention.ts';
import { deleteIntervention } from './delete-intervention.ts';
import { deleteFigures, getFigures, saveFigures, saveNote } from './figures.ts';
import { registerFinsamPeriod, undoFinsamRegistration } from './finsam-registration.ts';
import { getIntervention } from './get-intervention.ts';
import { assessGoal, createGoal, deleteGoal, updateGoal } from './goals.ts';
import { listInterventions } from './list-interventions.ts';
import {
  createLocalGroup,
  deleteLocalGroup,
  distributeLocalGroupBudgets,
  listLocalGroups,
  saveLocalGroupYear,
  updateLocalGroup,
} from './local-groups.ts';
import { saveLocalGroupTerm } from './local-groups-save-term.ts';
import { goalsAndResultsReport, uppfoljningFinsamReport } from './reports.ts';
import { archiveIntervention, restoreIntervention } from './set-intervention-archived.ts';
import { setInterventionStatus } from './set-intervention-status.ts';
import { updateIntervention } from './update-intervention.ts';

const id = z.uuid({ error: 'intervention.idInvalid' });
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
/** null: the record does not exist yet and this call creates it. */
const versionOrNew = version.nullable();
const byId = z.object({ id });
const withVersion = z.object({ id, expectedVersion: version });
const ofIntervention = z.object({ interventionId: id });
const forPeriod = z.object({ period: periodTextSchema });

const goalsRouter = createRouter({
  create: editor
    .input(z.object({ interventionId: id, goal: goalSchema }))
    .mutation(({ ctx, input }) => createGoal(ctx, input)),
  update: editor
    .input(z.object({ goalId: id, goal: goalSchema, expectedVersion: version }))
    .mutation(({ ctx, input }) => updateGoal(ctx, input)),
  delete: editor
    .input(z.object({ goalId: id, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteGoal(ctx, input)),
  assess: editor
    .input(
      goalAssessmentSchema.extend({ goalId: id, period: periodTextSchema, expectedVersion: versionOrNew }),
    )
    .mutation(({ ctx, input }) => assessGoal(ctx, input)),
});

const figuresRouter = createRouter({
  get: viewer
    .input(ofIntervention.extend({ period: periodTextSchema }))
    .query(({ ctx, input }) => getFigures(ctx, input)),
  // The figures are checked by the verb, which knows the intervention's kind; all problems at once.
  save: editor
    .input(
      ofIntervention.extend({
        period: periodTextSchema,
        figures: z.unknown(),
        expectedVersion: versionOrNew,
      }),
    )
    .mutation(({ ctx, input }) => saveFigures(ctx, input)),
  delete: editor
    .input(ofIntervention.extend({ period: periodTextSchema, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteFigures(ctx, input)),
});

const notesRouter = createRouter({
  save: editor
    .input(periodNoteSchema.extend({ interventionId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveNote(ctx, input)),
});

const budgetRouter = createRouter({
  save: editor
    .input(interventionBudgetSchema.extend({ interventionId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveBudget(ctx, input)),
  delete: editor
    .input(ofIntervention.extend({ year: interventionBudgetSchema.shape.year, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteBudget(ctx, input)),
});

const localGroupsRouter = createRouter({
  list: viewer.query(({ ctx }) => listLocalGroups(ctx)),
  create: editor.input(localGroupSchema).mutation(({ ctx, input }) => createLocalGroup(ctx, input)),
  update: editor
    .input(localGroupSchema.extend({ id, expectedVersion: version }))
    .mutation(({ ctx, input }) => updateLocalGroup(ctx, input)),
  delete: editor.input(withVersion).mutation(({ ctx, input }) => deleteLocalGroup(ctx, input)),
  saveYear: editor
    .input(
      localGroupYearSchema.extend({
        localGroupId: id,
        expectedVersion: versionOrNew,
        terms: localGroupYearTermsSchema.optional(),
      }),
    )
    .mutation(({ ctx, input }) => saveLocalGroupYear(ctx, input)),
  // Issue 20: meetings per term, so "at least twice per term" computes; the year's meetings follow.
  saveTerm: editor
    .input(localGroupTermSchema.extend({ localGroupId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveLocalGroupTerm(ctx, input)),
  // Issue 19: "Fördela", each group's budget by population, previewed in the browser first.
  distributeBudgets: editor
    .input(localGroupBudgetDistributionSchema)
    .mutation(({ ctx, input }) => distributeLocalGroupBudgets(ctx, input)),
});

const reportsRouter = createRouter({
  goalsAndResults: viewer.input(forPeriod).query(({ ctx, input }) => goalsAndResultsReport(ctx, input)),
  uppfoljningFinsam: viewer.input(forPeriod).query(({ ctx, input }) => uppfoljningFinsamReport(ctx, input)),
  // The mark "registrerad i Uppföljning Finsam": editors set it, only an admin takes it away (with a reason).
  registerFinsam: editor
    .input(registerFinsamPeriodSchema)
    .mutation(({ ctx, input }) => registerFinsamPeriod(ctx, input)),
  undoFinsamRegistration: admin
    .input(undoFinsamRegistrationSchema)
    .mutation(({ ctx, input }) => undoFinsamRegistration(ctx, input)),
});

/**
 * Interventions (insatser) and their results. Every member reads; editors and admins write, every
 * write audited in the same transaction, with optimistic concurrency (`expectedVersion`).
 */
export const interventionsRouter = createRouter({
  list: viewer
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(({ ctx, input }) => listInterventions(ctx, input)),
  get: viewer.input(byId).query(({ ctx, input }) => getIntervention(ctx, input)),
  create: editor.input(createInterventionSchema).mutation(({ ctx, input }) => createIntervention(ctx, input)),
  update: editor
    .input(byId)
    .input(updateInterventionSchema)
    .mutation(({ ctx, input }) => updateIntervention(ctx, input)),
  setStatus: editor
    .input(statusChangeSchema.extend({ id, expectedVersion: version }))
    .mutation(({ ctx, input }) => setInterventionStatus(ctx, input)),
  archive: editor.input(withVersion).mutation(({ ctx, input }) => archiveIntervention(ctx, input)),
  restore: editor.input(withVersion).mutation(({ ctx, input }) => restoreIntervention(ctx, input)),
  delete: editor.input(withVersion).mutation(({ ctx, input }) => deleteIntervention(ctx, input)),
  goals: goalsRouter,
  figures: figuresRouter,
  notes: notesRouter,
  budget: budgetRouter,
  localGroups: localGroupsRouter,
  reports: reportsRouter,
});
