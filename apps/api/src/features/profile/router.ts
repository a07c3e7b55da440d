import { changePasswordInputSchema, updateProfileInputSchema } from '@samsyn/domain';
import { z } from 'zod';
import { authedProcedure, createRouter } from '../../trpc/init.ts';
import { changePassword, updateProfile } from './profile.ts';
import { endOtherSessions, endSession, listSessions } from './sessions.ts';

/** The caller and their session, as the profile verbs take them. */
const actorOf = (ctx: { user: { id: string }; session: { id: string }; requestId: string }) => ({
  userId: ctx.user.id,
  sessionId: ctx.session.id,
  requestId: ctx.requestId,
});

/** The user's own sessions on Min profil: list them, end one other or all others. */
const sessionsRouter = createRouter({
  list: authedProcedure.query(({ ctx }) => listSessions(ctx.sql, actorOf(ctx), ctx.config.session)),
  end: authedProcedure.input(z.object({ sessionId: z.uuid() })).mutation(async ({ ctx, input }) => {
    await endSession(ctx.sql, actorOf(ctx), input.sessionId);
    return { ok: true as const };
  }),
  endOthers: authedProcedure.mutation(({ ctx }) => endOtherSessions(ctx.sql, actorOf(ctx))),
});

/** The logged-in user's own account. */
export const profileRouter = createRouter({
  update: authedProcedure
    .input(updateProfileInputSchema)
    .mutation(({ ctx, input }) => updateProfile(ctx.sql, actorOf(ctx), input)),
  changePassword: authedProcedure.input(changePasswordInputSchema).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.sql, actorOf(ctx), input);
    return { ok: true as const };
  }),
  sessions: sessionsRouter,
});
