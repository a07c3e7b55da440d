import { acceptInvitationInputSchema, secretText } from '@samsyn/domain';
import { z } from 'zod';
import { setLoginCookies } from '../../auth/login-cookies.ts';
import { createRouter, publicProcedure } from '../../trpc/init.ts';
import { acceptInvitation, getInvitation } from './accept-invitation.ts';

const tokenInput = z.object({ token: secretText().min(10).max(200) });

/** The invitee's side: public, the link's secret is the permission. */
export const invitationRouter = createRouter({
  get: publicProcedure.input(tokenInput).query(({ ctx, input }) => getInvitation(ctx, input)),

  accept: publicProcedure.input(acceptInvitationInputSchema).mutation(async ({ ctx, input }) => {
    const { token, deviceCookie, tenantSlug } = await acceptInvitation(ctx, input);
    await setLoginCookies(ctx, { token, deviceCookie });
    return { tenantSlug };
  }),
});
