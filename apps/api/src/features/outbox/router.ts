import { createRouter, tenantProcedure } from '../../trpc/init.ts';
import { listOutbox } from './list-outbox.ts';

/** A förbund admin reads the mail sent about their förbund (development and demo only). */
export const outboxRouter = createRouter({
  list: tenantProcedure('admin').query(({ ctx }) =>
    listOutbox(ctx.tx, { isReadable: ctx.config.isOutboxReadable, subjectTenantId: ctx.tenant.id }),
  ),
});
