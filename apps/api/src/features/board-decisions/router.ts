import { createRouter } from '../../trpc/init.ts';

/** `decisions.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const decisionsRouter = createRouter({});
