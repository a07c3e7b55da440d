import {
  createInterventionSchema,
  goalAssessmentSchema,
  goalSchema,
  interventionBudgetSchema,
  localGroupSchema,
  localGroupYearSchema,
  MAX_INT4,
  periodNoteSchema,
  periodTextSchema,
  statusChangeSchema,
  updateInterventionSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { deleteBudget, saveBudget } from './budget.ts';
import { deleteFigures, getFigures, saveFigures, saveNote } from './figures.ts';
import { assessGoal, createGoal, deleteGoal, updateGoal } from './goals.ts';
import {
  createIntervention,
  deleteIntervention,
  getIntervention,
  listInterventions,
  setInterventionArchived,
  setInterventionStatus,
  updateIntervention,
} from './interventions.ts';
import {
  createLocalGroup,
  deleteLocalGroup,
  listLocalGroups,
  saveLocalGroupYear,
  updateLocalGroup,
} from './local-groups.ts';
import { goalsAndResultsReport, uppfoljningFinsamReport } from './reports.ts';

const viewer = tenantProcedure('viewer');
const editor = tenantProcedure('editor');

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
    .mutation(({ ctx, input }) => createGoal(ctx.tx, ctx.tenant.id, input)),
  update: editor
    .input(z.object({ goalId: id, goal: goalSchema, expectedVersion: version }))
    .mutation(({ ctx, input }) => updateGoal(ctx.tx, ctx.tenant.id, input)),
  delete: editor
    .input(z.object({ goalId: id, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteGoal(ctx.tx, ctx.tenant.id, input)),
  assess: editor
    .input(
      goalAssessmentSchema.extend({ goalId: id, period: periodTextSchema, expectedVersion: versionOrNew }),
    )
    .mutation(({ ctx, input }) => assessGoal(ctx.tx, ctx.tenant.id, input)),
});

const figuresRouter = createRouter({
  get: viewer
    .input(ofIntervention.extend({ period: periodTextSchema }))
    .query(({ ctx, input }) => getFigures(ctx.tx, ctx.tenant.id, input)),
  // The figures are checked by the verb, which knows the intervention's kind; all problems at once.
  save: editor
    .input(
      ofIntervention.extend({
        period: periodTextSchema,
        figures: z.unknown(),
        expectedVersion: versionOrNew,
      }),
    )
    .mutation(({ ctx, input }) => saveFigures(ctx.tx, ctx.tenant.id, input)),
  delete: editor
    .input(ofIntervention.extend({ period: periodTextSchema, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteFigures(ctx.tx, ctx.tenant.id, input)),
});

const notesRouter = createRouter({
  save: editor
    .input(periodNoteSchema.extend({ interventionId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveNote(ctx.tx, ctx.tenant.id, input)),
});

const budgetRouter = createRouter({
  save: editor
    .input(interventionBudgetSchema.extend({ interventionId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveBudget(ctx.tx, ctx.tenant.id, input)),
  delete: editor
    .input(ofIntervention.extend({ year: interventionBudgetSchema.shape.year, expectedVersion: version }))
    .mutation(({ ctx, input }) => deleteBudget(ctx.tx, ctx.tenant.id, input)),
});

const localGroupsRouter = createRouter({
  list: viewer.query(({ ctx }) => listLocalGroups(ctx.tx, ctx.tenant.id)),
  create: editor
    .input(localGroupSchema)
    .mutation(({ ctx, input }) => createLocalGroup(ctx.tx, ctx.tenant.id, input)),
  update: editor
    .input(localGroupSchema.extend({ id, expectedVersion: version }))
    .mutation(({ ctx, input }) => updateLocalGroup(ctx.tx, ctx.tenant.id, input)),
  delete: editor
    .input(withVersion)
    .mutation(({ ctx, input }) => deleteLocalGroup(ctx.tx, ctx.tenant.id, input)),
  saveYear: editor
    .input(localGroupYearSchema.extend({ localGroupId: id, expectedVersion: versionOrNew }))
    .mutation(({ ctx, input }) => saveLocalGroupYear(ctx.tx, ctx.tenant.id, input)),
});

const reportsRouter = createRouter({
  goalsAndResults: viewer
    .input(forPeriod)
    .query(({ ctx, input }) => goalsAndResultsReport(ctx.tx, ctx.tenant, input)),
  uppfoljningFinsam: viewer
    .input(forPeriod)
    .query(({ ctx, input }) => uppfoljningFinsamReport(ctx.tx, ctx.tenant, input)),
});

/**
 * Interventions (insatser) and their results. Every member reads; editors and admins write, every
 * write audited in the same transaction, with optimistic concurrency (`expectedVersion`).
 */
export const interventionsRouter = createRouter({
  list: viewer
    .input(z.object({ includeArchived: z.boolean().default(false) }))
    .query(({ ctx, input }) => listInterventions(ctx.tx, ctx.tenant.id, input)),
  get: viewer.input(byId).query(({ ctx, input }) => getIntervention(ctx.tx, ctx.tenant.id, input)),
  create: editor
    .input(createInterventionSchema)
    .mutation(({ ctx, input }) => createIntervention(ctx.tx, ctx.tenant.id, input)),
  update: editor
    .input(byId)
    .input(updateInterventionSchema)
    .mutation(({ ctx, input }) => updateIntervention(ctx.tx, ctx.tenant.id, input)),
  setStatus: editor
    .input(statusChangeSchema.extend({ id, expectedVersion: version }))
    .mutation(({ ctx, input }) => setInterventionStatus(ctx.tx, ctx.tenant.id, input)),
  archive: editor
    .input(withVersion)
    .mutation(({ ctx, input }) =>
      setInterventionArchived(ctx.tx, ctx.tenant.id, { ...input, isArchived: true }),
    ),
  restore: editor
    .input(withVersion)
    .mutation(({ ctx, input }) =>
      setInterventionArchived(ctx.tx, ctx.tenant.id, { ...input, isArchived: false }),
    ),
  delete: editor
    .input(withVersion)
    .mutation(({ ctx, input }) => deleteIntervention(ctx.tx, ctx.tenant.id, input)),
  goals: goalsRouter,
  figures: figuresRouter,
  notes: notesRouter,
  budget: budgetRouter,
  localGroups: localGroupsRouter,
  reports: reportsRouter,
});
