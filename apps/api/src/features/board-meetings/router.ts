import { createRouter } from '../../trpc/init.ts';

/** `meetings.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const meetingsRouter = createRouter({});
