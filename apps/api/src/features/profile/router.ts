import { changePasswordInputSchema, updateProfileInputSchema } from '@samsyn/domain';
import { z } from 'zod';
import { authedProcedure, createRouter } from '../../trpc/init.ts';
import { changePassword, updateProfile } from './profile.ts';
import { endOtherSessions, endSession, listSessions } from './sessions.ts';

/** The user's own sessions on Min profil: list them, end one other or all others. */
const sessionsRouter = createRouter({
  list: authedProcedure.query(({ ctx }) => listSessions(ctx)),
  end: authedProcedure
    .input(z.object({ sessionId: z.uuid() }))
    .mutation(({ ctx, input }) => endSession(ctx, input)),
  endOthers: authedProcedure.mutation(({ ctx }) => endOtherSessions(ctx)),
});

/** The logged-in user's own account. */
export const profileRouter = createRouter({
  update: authedProcedure
    .input(updateProfileInputSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx, input)),
  changePassword: authedProcedure
    .input(changePasswordInputSchema)
    .mutation(({ ctx, input }) => changePassword(ctx, input)),
  sessions: sessionsRouter,
});
