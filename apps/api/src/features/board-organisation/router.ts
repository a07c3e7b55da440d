import { createRouter } from '../../trpc/init.ts';

/** `organisation.*` (issue 21, the board): see ARCHITECTURE.md, "Styrelse och möten". */
export const organisationRouter = createRouter({});
