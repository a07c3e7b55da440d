import { createRouter } from '../../trpc/init.ts';

/** `reportWorkflow.* (issue 23): assignment, deadlines, ready marks, comments, reminders, adoption`. See ARCHITECTURE.md, "Rapporter". */
export const reportWorkflowRouter = createRouter({});
