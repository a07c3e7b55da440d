import { addMemberInputSchema, endMembershipInputSchema, renameMemberInputSchema } from '@samsyn/domain';
import { admin, createRouter } from '../../trpc/init.ts';
import { addMember, endMembership, renameMember } from './members.ts';

/** The förbund's members (municipalities, region, FK, AF); reading them is `tenant.get`. */
export const membersRouter = createRouter({
  add: admin.input(addMemberInputSchema).mutation(({ ctx, input }) => addMember(ctx, input)),
  rename: admin.input(renameMemberInputSchema).mutation(({ ctx, input }) => renameMember(ctx, input)),
  end: admin.input(endMembershipInputSchema).mutation(({ ctx, input }) => endMembership(ctx, input)),
});
