import { enterScope, type Sql } from '@samsyn/db';
import { todayInSweden } from '@samsyn/domain';
import { remindDueSections } from './send-reminders.ts';

/**
 * The reminder sweep over every active förbund (the operator's `reports:remind` and the server's
 * hourly timer): one transaction per förbund, bound to it as a request's would be, so row-level
 * security holds and one förbund's failure leaves the others' reminders sent. No acting user: the
 * audit entries carry the request id `reports-remind`.
 */
export async function remindEveryTenant(
  sql: Sql,
  options: { publicOrigin: string; today?: string },
): Promise<{ sent: number; failed: { slug: string; error: unknown }[] }> {
  const today = options.today ?? todayInSweden();
  const tenants = await sql<{ id: string; slug: string; name: string }[]>`
    select id, slug, name from tenants where status = 'active' order by slug`;
  let sent = 0;
  const failed: { slug: string; error: unknown }[] = [];
  for (const tenant of tenants) {
    try {
      sent += await sql.begin(async (tx) => {
        await enterScope(tx, { tenantId: tenant.id, userId: null, requestId: 'reports-remind' });
        return remindDueSections(tx, tenant, { publicOrigin: options.publicOrigin, today });
      });
    } catch (error) {
      failed.push({ slug: tenant.slug, error });
    }
  }
  return { sent, failed };
}
