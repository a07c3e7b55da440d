import {
  commitmentsAheadInputSchema,
  commitmentsInputSchema,
  grantedInputSchema,
  paymentsDueInputSchema,
} from '@samsyn/domain';
import { createRouter, viewer } from '../../trpc/init.ts';
import { getBudgetCommitments } from './get-budget-commitments.ts';
import { readCommitmentsAhead } from './read-commitments-ahead.ts';
import { readGrantedInterventions } from './read-granted-interventions.ts';
import { readPaymentsDue } from './read-payments-due.ts';
import { readPipeline } from './read-pipeline.ts';
import { readReportsOverdue } from './read-reports-overdue.ts';

/**
 * `applicationReports.*` (issue 22, applications for funds): the budget page's commitments,
 * Beviljade insatser <år>, the pipeline, commitments per year ahead, payments due and reports
 * overdue. Viewers read all of it. See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationReportsRouter = createRouter({
  commitments: viewer
    .input(commitmentsInputSchema)
    .query(({ ctx, input }) => getBudgetCommitments(ctx, input)),
  granted: viewer.input(grantedInputSchema).query(({ ctx, input }) => readGrantedInterventions(ctx, input)),
  pipeline: viewer.query(({ ctx }) => readPipeline(ctx)),
  commitmentsAhead: viewer
    .input(commitmentsAheadInputSchema)
    .query(({ ctx, input }) => readCommitmentsAhead(ctx, input)),
  paymentsDue: viewer.input(paymentsDueInputSchema).query(({ ctx, input }) => readPaymentsDue(ctx, input)),
  reportsOverdue: viewer.query(({ ctx }) => readReportsOverdue(ctx)),
});
