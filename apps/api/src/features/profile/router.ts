import { changePasswordInputSchema, updateProfileInputSchema } from '@samsyn/domain';
import { authedProcedure, createRouter } from '../../trpc/init.ts';
import { changePassword, updateProfile } from './profile.ts';

/** The logged-in user's own account. */
export const profileRouter = createRouter({
  update: authedProcedure
    .input(updateProfileInputSchema)
    .mutation(({ ctx, input }) =>
      updateProfile(
        ctx.sql,
        { userId: ctx.user.id, sessionId: ctx.session.id, requestId: ctx.requestId },
        input,
      ),
    ),
  changePassword: authedProcedure.input(changePasswordInputSchema).mutation(async ({ ctx, input }) => {
    await changePassword(
      ctx.sql,
      { userId: ctx.user.id, sessionId: ctx.session.id, requestId: ctx.requestId },
      input,
    );
    return { ok: true as const };
  }),
});
