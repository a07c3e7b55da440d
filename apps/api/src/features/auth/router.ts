import { loginInputSchema } from '@samsyn/domain';
import { clearedSessionCookie } from '../../auth/cookie.ts';
import { setLoginCookies } from '../../auth/login-cookies.ts';
import { invalidateSession } from '../../auth/session.ts';
import { authedProcedure, createRouter, publicProcedure } from '../../trpc/init.ts';
import { getMe } from './get-me.ts';
import { login } from './login.ts';

export const authRouter = createRouter({
  login: publicProcedure.input(loginInputSchema).mutation(async ({ ctx, input }) => {
    const { token, deviceCookie, userId } = await login(ctx, input);
    await setLoginCookies(ctx, { token, deviceCookie });
    ctx.log.info({ userId, requestId: ctx.requestId }, 'login');
    return { ok: true as const };
  }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    await invalidateSession(ctx.sql, ctx.session.id);
    ctx.resHeaders.append('Set-Cookie', clearedSessionCookie(ctx.config.isProduction));
    return { ok: true as const };
  }),

  /** Who is logged in; null for an anonymous caller (not an error: the login page asks this). */
  me: publicProcedure.query(async ({ ctx }) => {
    const session = await ctx.session.resolve();
    return session ? getMe({ sql: ctx.sql, requestId: ctx.requestId, user: session.user }) : null;
  }),
});
