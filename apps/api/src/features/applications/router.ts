import { createRouter } from '../../trpc/init.ts';

/**
 * `applications.*` (issue 22, applications for funds): the pipeline (list by status, one application with its parties, goals, yearly budget, attachments and history; create, edit, transitions, delete while a draft).
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationsRouter = createRouter({});
