import { createRouter } from '../../trpc/init.ts';

/** `boardWork.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const boardWorkRouter = createRouter({});
