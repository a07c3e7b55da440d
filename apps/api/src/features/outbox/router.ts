import { admin, createRouter } from '../../trpc/init.ts';
import { listTenantOutbox } from './list-outbox.ts';

/** A förbund admin reads the förbund's own mail, secrets redacted (development and demo only). */
export const outboxRouter = createRouter({
  list: admin.query(({ ctx }) => listTenantOutbox(ctx)),
});
