import {
  deleteRiskSchema,
  listRisksSchema,
  planFollowUpQuerySchema,
  saveActivityFollowUpSchema,
  saveGoalFollowUpSchema,
  saveIndicatorFollowUpSchema,
  saveRiskSchema,
} from '@samsyn/domain';
import { createRouter, editor, viewer } from '../../trpc/init.ts';
import { getPlanFollowUp } from './read-plan-follow-up.ts';
import { deletePlanRisk, listPlanRisks, savePlanRisk } from './risks.ts';
import { saveActivityFollowUp, saveGoalFollowUp, saveIndicatorFollowUp } from './save-follow-ups.ts';

/** `planFollowUp.*`: a plan's follow-up per period (issue 20). */
export const planFollowUpRouter = createRouter({
  get: viewer.input(planFollowUpQuerySchema).query(({ ctx, input }) => getPlanFollowUp(ctx, input)),
  saveIndicator: editor
    .input(saveIndicatorFollowUpSchema)
    .mutation(({ ctx, input }) => saveIndicatorFollowUp(ctx, input)),
  saveActivity: editor
    .input(saveActivityFollowUpSchema)
    .mutation(({ ctx, input }) => saveActivityFollowUp(ctx, input)),
  saveGoal: editor.input(saveGoalFollowUpSchema).mutation(({ ctx, input }) => saveGoalFollowUp(ctx, input)),
});

/** `planRisks.*`: a plan's risk analysis and internal control (issue 20). */
export const planRisksRouter = createRouter({
  list: viewer.input(listRisksSchema).query(({ ctx, input }) => listPlanRisks(ctx, input)),
  save: editor.input(saveRiskSchema).mutation(({ ctx, input }) => savePlanRisk(ctx, input)),
  delete: editor.input(deleteRiskSchema).mutation(({ ctx, input }) => deletePlanRisk(ctx, input)),
});
