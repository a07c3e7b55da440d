import { boardWorkPeriodSchema } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, viewer } from '../../trpc/init.ts';
import { readBoardWork } from './read-board-work.ts';

/**
 * `boardWork.*` (issue 21, the board): "Styrelsens arbete" for a half-year or a year, as § 2 of
 * the half-year report prints it. Viewers. See ARCHITECTURE.md, "Styrelse och möten".
 */
export const boardWorkRouter = createRouter({
  get: viewer
    .input(z.object({ period: boardWorkPeriodSchema }))
    .query(({ ctx, input }) => readBoardWork(ctx, input)),
});
