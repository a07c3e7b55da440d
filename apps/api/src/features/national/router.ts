import { z } from 'zod';
import { createRouter, nationalViewerProcedure, viewer } from '../../trpc/init.ts';
import { compareWithNation } from './compare-with-nation.ts';
import { getNationalOverview } from './get-national-overview.ts';

const yearInput = z.object({ year: z.number().int().min(2000).max(2100).optional() });

/** National views: aggregates only (see ARCHITECTURE.md, "National figures"). */
export const nationalRouter = createRouter({
  /** The national overview: for the network role and every user with an active förbund membership. */
  overview: nationalViewerProcedure
    .input(yearInput)
    .query(({ ctx, input }) => getNationalOverview(ctx, input)),
  /** "Min förbund mot riket": the förbund's own figures beside the nation's. Viewers and up. */
  compare: viewer.input(yearInput).query(({ ctx, input }) => compareWithNation(ctx, input)),
});
