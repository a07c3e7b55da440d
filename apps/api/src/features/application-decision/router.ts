import { createRouter } from '../../trpc/init.ts';

/**
 * `applicationDecision.*` (issue 22, applications for funds): the way to the board (an agenda item about the application), the decision's outcome and amount (recorded on the board decision), a decision taken before Samsyn, and Skapa insats.
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationDecisionRouter = createRouter({});
