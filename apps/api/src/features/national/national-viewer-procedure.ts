import { withUser } from '@samsyn/db';
import { DomainError } from '@samsyn/domain';
import { authedProcedure } from '../../trpc/init.ts';

/**
 * Who may see the national views: the national network, and every user with an active membership
 * in an active förbund (each förbund sees itself beside the nation). Platform admins and users
 * without a förbund get FORBIDDEN. The tier stays `authed` (any logged-in user may ask; the
 * answer depends on who asks) and what it returns is aggregates only.
 */
export const nationalViewerProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (!ctx.user.globalRoles.includes('network')) {
    const [row] = await withUser(
      ctx.sql,
      { userId: ctx.user.id, requestId: ctx.requestId },
      (tx) => tx`
      select 1 from memberships m join tenants t on t.id = m.tenant_id and t.status = 'active'
      where m.user_id = ${ctx.user.id} and m.is_active limit 1`,
    );
    if (!row) throw new DomainError('FORBIDDEN', 'national.noAccess');
  }
  return next();
});
