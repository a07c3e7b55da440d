import { createRouter } from '../../trpc/init.ts';

/**
 * `agreements.*` (issue 22, applications for funds): per granted application the agreement, its commitment per year, payment plan and report deadlines; the final payment waits for the approved final report.
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const agreementsRouter = createRouter({});
