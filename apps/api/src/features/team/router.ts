import { changeRoleInputSchema, inviteInputSchema, setMembershipActiveInputSchema } from '@samsyn/domain';
import { z } from 'zod';
import { admin, createRouter } from '../../trpc/init.ts';
import { createInvitation } from '../invitations/create-invitation.ts';
import { listInvitations, resendInvitation, revokeInvitation } from '../invitations/manage-invitations.ts';
import { changeRole, listTeam, setMembershipActive } from './team.ts';

const invitationId = z.object({ invitationId: z.uuid() });

/** A förbund admin manages the team: members, roles, invitations. */
export const teamRouter = createRouter({
  list: admin.query(({ ctx }) => listTeam(ctx)),
  changeRole: admin.input(changeRoleInputSchema).mutation(({ ctx, input }) => changeRole(ctx, input)),
  setActive: admin
    .input(setMembershipActiveInputSchema)
    .mutation(({ ctx, input }) => setMembershipActive(ctx, input)),
  invitations: createRouter({
    list: admin.query(({ ctx }) => listInvitations(ctx)),
    create: admin.input(inviteInputSchema).mutation(({ ctx, input }) => createInvitation(ctx, input)),
    revoke: admin.input(invitationId).mutation(({ ctx, input }) => revokeInvitation(ctx, input)),
    resend: admin.input(invitationId).mutation(({ ctx, input }) => resendInvitation(ctx, input)),
  }),
});
