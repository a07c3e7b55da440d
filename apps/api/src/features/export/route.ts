import { recordAudit, recordPlatformAudit, type Sql, withTenant } from '@samsyn/db';
import { DomainError, tenantSlugSchema } from '@samsyn/domain';
import type { Context as HonoContext } from 'hono';
import type { AppEnv } from '../../http/app-env.ts';
import { inTenantTransaction } from '../../tenancy/tenant-transaction.ts';
import { exportTenant } from './export-tenant.ts';

/**
 * GET /api/export/:slug — the förbund's data as a zip. A file download is not a tRPC call, so
 * this is a plain route; it goes through the same tenant transaction as every tenant procedure.
 * Förbund admins; platform admins too (a förbund may ask the platform for its data), which is
 * recorded in the platform audit log.
 */
export async function exportRoute(c: HonoContext<AppEnv>, sql: Sql): Promise<Response> {
  // Failures are thrown: the app's onError answers them through toHttpError, as tRPC would.
  const session = await c.get('session').resolve();
  if (!session) throw new DomainError('UNAUTHENTICATED', 'auth.required');
  const slug = tenantSlugSchema.safeParse(c.req.param('slug'));
  if (!slug.success) throw new DomainError('FORBIDDEN', 'tenant.noAccess');
  const requestId = c.get('requestId');
  const user = session.user;
  let result: Awaited<ReturnType<typeof exportTenant>>;
  if (user.globalRoles.includes('platform_admin')) {
    const [tenant] = await sql<{ id: string; slug: string; name: string }[]>`
      select id, slug, name from tenants where slug = ${slug.data}`;
    if (!tenant) throw new DomainError('NOT_FOUND', 'notFound', { entity: 'tenant' });
    // A platform admin has no membership: bound to the förbund by id, their role checked above.
    result = await withTenant(sql, { userId: user.id, requestId, tenantId: tenant.id }, async (tx) => {
      await recordPlatformAudit(tx, {
        action: 'tenant.export',
        entity: 'tenant',
        entityId: tenant.id,
        subjectTenantId: tenant.id,
      });
      return exportTenant({ tx, tenant });
    });
  } else {
    result = await inTenantTransaction(
      sql,
      { session: c.get('session'), requestId, slug: slug.data, minRole: 'admin' },
      async (tx, tenant) => {
        await recordAudit(tx, { action: 'tenant.export', entity: 'tenant', entityId: tenant.id });
        return exportTenant({ tx, tenant });
      },
    );
  }
  const date = result.manifest.exportedAt.slice(0, 10);
  return new Response(result.zip as Uint8Array<ArrayBuffer>, {
    headers: {
      'content-type': 'application/zip',
      'content-disposition': `attachment; filename="samsyn-${slug.data}-${date}.zip"`,
      'cache-control': 'no-store',
    },
  });
}
