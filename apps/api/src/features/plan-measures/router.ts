import { computedMeasureSelectionSchema, periodTextSchema } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, viewer } from '../../trpc/init.ts';
import { readComputedIndicator } from './read-computed-indicator.ts';

/**
 * The plan's computed indicators. `preview` shows a measure's value for a period while the editor
 * chooses it and its params, so every member may read it (the plan page is read by viewers too).
 * The params are checked by the measure's own schema before the verb runs.
 */
export const planMeasuresRouter = createRouter({
  preview: viewer
    .input(z.intersection(computedMeasureSelectionSchema, z.object({ period: periodTextSchema })))
    .query(({ ctx, input }) => readComputedIndicator(ctx, input)),
});
