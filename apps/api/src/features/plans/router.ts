import {
  adoptPlanSchema,
  MAX_INT4,
  planActivitySchema,
  planAreaSchema,
  planGoalLinksSchema,
  planGoalSchema,
  planHeaderSchema,
  planIndicatorSchema,
} from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter, editor, viewer } from '../../trpc/init.ts';
import { adoptPlan } from './adopt-plan.ts';
import { copyPlan } from './copy-plan.ts';
import { createPlan } from './create-plan.ts';
import { deleteActivity } from './delete-activity.ts';
import { deleteArea } from './delete-area.ts';
import { deleteGoal } from './delete-goal.ts';
import { deleteIndicator } from './delete-indicator.ts';
import { deletePlan } from './delete-plan.ts';
import { getPlan } from './get-plan.ts';
import { linkInterventions } from './link-interventions.ts';
import { listPlans } from './list-plans.ts';
import { moveNode } from './move-node.ts';
import { reopenPlan } from './reopen-plan.ts';
import { saveActivity } from './save-activity.ts';
import { saveArea } from './save-area.ts';
import { saveGoal } from './save-goal.ts';
import { saveIndicator } from './save-indicator.ts';
import { updatePlan } from './update-plan.ts';

const id = z.uuid({ error: 'plan.idInvalid' });
/** null: the node does not exist yet and this call creates it. */
const idOrNew = id.nullable();
const version = z.number({ error: 'conflict.versionInvalid' }).int().nonnegative().max(MAX_INT4);
const ofPlan = z.object({ planId: id });
/** Every edit of a plan or its tree carries the plan's version as the editor loaded it. */
const edit = z.object({ planId: id, expectedVersion: version });

/** The verksamhetsplan (issue 20): plans, their header and tree. Viewers read, editors write. */
export const plansRouter = createRouter({
  list: viewer.query(({ ctx }) => listPlans(ctx)),
  get: viewer.input(ofPlan).query(({ ctx, input }) => getPlan(ctx, input)),
  create: editor.input(planHeaderSchema).mutation(({ ctx, input }) => createPlan(ctx, input)),
  update: editor
    .input(z.intersection(planHeaderSchema, edit))
    .mutation(({ ctx, input }) => updatePlan(ctx, input)),
  adopt: editor
    .input(z.intersection(adoptPlanSchema, edit))
    .mutation(({ ctx, input }) => adoptPlan(ctx, input)),
  // Only an admin takes an adopted plan back to draft: the board's decision is being revised.
  reopen: admin.input(edit).mutation(({ ctx, input }) => reopenPlan(ctx, input)),
  copy: editor.input(ofPlan).mutation(({ ctx, input }) => copyPlan(ctx, input)),
  delete: editor.input(edit).mutation(({ ctx, input }) => deletePlan(ctx, input)),
  saveArea: editor
    .input(edit.extend({ areaId: idOrNew, area: planAreaSchema }))
    .mutation(({ ctx, input }) => saveArea(ctx, input)),
  deleteArea: editor.input(edit.extend({ areaId: id })).mutation(({ ctx, input }) => deleteArea(ctx, input)),
  saveGoal: editor
    .input(edit.extend({ goalId: idOrNew, goal: planGoalSchema }))
    .mutation(({ ctx, input }) => saveGoal(ctx, input)),
  deleteGoal: editor.input(edit.extend({ goalId: id })).mutation(({ ctx, input }) => deleteGoal(ctx, input)),
  saveIndicator: editor
    .input(edit.extend({ goalId: id, indicatorId: idOrNew, indicator: planIndicatorSchema }))
    .mutation(({ ctx, input }) => saveIndicator(ctx, input)),
  deleteIndicator: editor
    .input(edit.extend({ indicatorId: id }))
    .mutation(({ ctx, input }) => deleteIndicator(ctx, input)),
  saveActivity: editor
    .input(edit.extend({ goalId: id, activityId: idOrNew, activity: planActivitySchema }))
    .mutation(({ ctx, input }) => saveActivity(ctx, input)),
  deleteActivity: editor
    .input(edit.extend({ activityId: id }))
    .mutation(({ ctx, input }) => deleteActivity(ctx, input)),
  linkInterventions: editor
    .input(planGoalLinksSchema.extend(edit.shape).extend({ goalId: id }))
    .mutation(({ ctx, input }) => linkInterventions(ctx, input)),
  move: editor
    .input(
      edit.extend({
        kind: z.enum(['area', 'goal', 'indicator', 'activity'], { error: 'plan.kindInvalid' }),
        id,
        step: z.union([z.literal(-1), z.literal(1)], { error: 'plan.stepInvalid' }),
      }),
    )
    .mutation(({ ctx, input }) => moveNode(ctx, input)),
});
