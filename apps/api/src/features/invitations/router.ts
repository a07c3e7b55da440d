import { acceptInvitationInputSchema, secretText } from '@samsyn/domain';
import { z } from 'zod';
import { sessionCookie } from '../../auth/cookie.ts';
import { createRouter, publicProcedure } from '../../trpc/init.ts';
import { acceptInvitation, getInvitation } from './accept-invitation.ts';

const tokenInput = z.object({ token: secretText().min(10).max(200) });

/** The invitee's side: public, the link's secret is the permission. */
export const invitationRouter = createRouter({
  get: publicProcedure.input(tokenInput).query(({ ctx, input }) => getInvitation(ctx.sql, input.token)),

  accept: publicProcedure.input(acceptInvitationInputSchema).mutation(async ({ ctx, input }) => {
    const { token, tenantSlug } = await acceptInvitation(
      {
        sql: ctx.sql,
        limits: ctx.config.loginLimits,
        clientAddress: ctx.clientAddress,
        requestId: ctx.requestId,
      },
      input,
    );
    await ctx.session.endIfValid();
    ctx.resHeaders.append(
      'Set-Cookie',
      sessionCookie(ctx.config.isProduction, token, ctx.config.session.absoluteLifetimeSeconds),
    );
    return { tenantSlug };
  }),
});
