import { changeRoleInputSchema, inviteInputSchema, setMembershipActiveInputSchema } from '@samsyn/domain';
import { z } from 'zod';
import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { createInvitation } from '../invitations/create-invitation.ts';
import { listInvitations, resendInvitation, revokeInvitation } from '../invitations/manage-invitations.ts';
import { changeRole, listTeam, setMembershipActive } from './team.ts';

const admin = tenantProcedure('admin');
const invitationId = z.object({ invitationId: z.uuid() });

/** A förbund admin manages the team: members, roles, invitations. */
export const teamRouter = createRouter({
  list: admin.query(({ ctx }) => listTeam(ctx.tx, ctx.tenant.id)),
  changeRole: admin
    .input(changeRoleInputSchema)
    .mutation(({ ctx, input }) => changeRole(ctx.tx, ctx.tenant.id, input)),
  setActive: admin
    .input(setMembershipActiveInputSchema)
    .mutation(({ ctx, input }) => setMembershipActive(ctx.tx, ctx.tenant.id, input)),
  invitations: createRouter({
    list: admin.query(({ ctx }) => listInvitations(ctx.tx, ctx.tenant.id)),
    create: admin.input(inviteInputSchema).mutation(({ ctx, input }) =>
      createInvitation(
        ctx.tx,
        {
          tenantId: ctx.tenant.id,
          tenantName: ctx.tenant.name,
          actorId: ctx.user.id,
          publicOrigin: ctx.publicOrigin,
        },
        input,
      ),
    ),
    revoke: admin.input(invitationId).mutation(async ({ ctx, input }) => {
      await revokeInvitation(ctx.tx, ctx.tenant.id, input.invitationId);
      return { ok: true as const };
    }),
    resend: admin.input(invitationId).mutation(({ ctx, input }) =>
      resendInvitation(
        ctx.tx,
        {
          tenantId: ctx.tenant.id,
          tenantName: ctx.tenant.name,
          actorId: ctx.user.id,
          publicOrigin: ctx.publicOrigin,
        },
        input.invitationId,
      ),
    ),
  }),
});
