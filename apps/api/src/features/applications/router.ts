import { z } from 'zod';
import { createRouter, viewer } from '../../trpc/init.ts';
import { getApplication } from './get-application.ts';

const applicationId = z.uuid({ error: 'applications.idInvalid' });

/**
 * `applications.*` (issue 22, applications for funds): the pipeline (list by status, one application with its parties, goals, yearly budget, attachments and history; create, edit, transitions, delete while a draft).
 * See ARCHITECTURE.md, "Ansökningar".
 */
export const applicationsRouter = createRouter({
  get: viewer.input(z.object({ applicationId })).query(({ ctx, input }) => getApplication(ctx, input)),
});
