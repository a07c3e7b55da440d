import { createRouter } from '../../trpc/init.ts';

/** `periodReports.* (issue 23): reports, their sections and written texts, status (R1)`. See ARCHITECTURE.md, "Rapporter". */
export const periodReportsRouter = createRouter({});
